using System;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Remembers the service names seen so far and the row of each, to tell a repeated name. Names
    /// are compared after trimming and NFKC normalisation, ignoring case ("Ｂｏｘ" and " box " are one
    /// name). Each name is held as a 64-bit hash next to its row, 16 bytes with no object per name,
    /// so that the garbage collector has nothing to trace, and at most <see cref="MaxNames"/> of
    /// them. Two different names share a hash with odds of about one in 10^11 for ten thousand
    /// names, and one in seven million for ten million rows checked against the most names held;
    /// that would show as a spurious warning, never as a lost service. Not thread-safe.
    /// </summary>
    public sealed class ServiceNameIndex
    {
        // The table is split by the top bits of the hash into segments that grow one at a time:
        // growing copies one small segment, not the whole table, so the peak memory stays close to
        // the table's size and the copy stays in cache.
        private const int SegmentBits = 8;
        private const int InitialSlotBits = 4;

        // Slot i of a segment holds the hash at 2i and the row at 2i+1, side by side so that a probe reads one cache line; hash 0 marks a free slot.
        private readonly long[][] segments = new long[1 << SegmentBits][];
        private readonly int[] slotBits = new int[1 << SegmentBits];
        private readonly int[] counts = new int[1 << SegmentBits];

        /// <summary>Creates an empty index.</summary>
        public ServiceNameIndex()
        {
            for (var s = 0; s < segments.Length; s++)
            {
                segments[s] = new long[(1 << InitialSlotBits) * 2];
                slotBits[s] = InitialSlotBits;
            }
        }

        /// <summary>The number of distinct names.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// The most names the index remembers: 262,144 (at most 8 MiB of slots), far more services
        /// than an organisation runs. A 10-million-row inventory must not need memory in proportion
        /// to its size; past this many distinct names, a new name is compared with the ones held but
        /// not added.
        /// </summary>
        public const int MaxNames = 1 << 18;

        /// <summary>Whether the index holds <see cref="MaxNames"/> names and takes no more.</summary>
        public bool IsFull => Count >= MaxNames;

        /// <summary>
        /// Adds a name seen on a row. Returns false, with the row where the name was first seen,
        /// when it has been seen before (the earlier row is kept).
        /// </summary>
        public bool TryAdd(string serviceName, long row, out long earlierRow)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            return TryAdd(Hash(serviceName), row, out earlierRow);
        }

        /// <summary>
        /// Adds a name by its <see cref="Hash"/>. Callers that add many names hash a batch of them
        /// first and then add the batch in a tight loop, so that the processor can wait on several
        /// slots at once: on a large index each probe is a cache miss, and waiting on them one by
        /// one costs more than the parsing of a row.
        /// </summary>
        internal bool TryAdd(long hash, long row, out long earlierRow)
        {
            var s = (int)((ulong)hash >> (64 - SegmentBits));
            var slots = segments[s];
            var mask = (slots.Length >> 1) - 1;
            var slot = Home(hash, slotBits[s]);
            while (true)
            {
                var stored = slots[slot * 2];
                if (stored == 0) break;
                if (stored == hash)
                {
                    earlierRow = slots[slot * 2 + 1];
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            earlierRow = 0;
            // A full index still finds repeats of the names it holds, but remembers no more: memory
            // stays bounded however long the inventory is.
            if (IsFull) return true;
            slots[slot * 2] = hash;
            slots[slot * 2 + 1] = row;
            Count++;
            if (++counts[s] > (mask + 1) / 4 * 3) Grow(s);
            return true;
        }

        /// <summary>The form in which names are compared: trimmed, NFKC-normalised and in upper case.</summary>
        public static string Normalize(string serviceName) =>
            TextNormalizer.Normalize(serviceName).ToUpperInvariant();

        // The slot is taken from the bits under the segment's: when a segment doubles, slot i moves to 2i or 2i+1,
        // so growing walks both arrays in order.
        private static int Home(long hash, int bits) => (int)(((ulong)hash << SegmentBits) >> (64 - bits));

        /// <summary>The hash a name is held by: of its trimmed, NFKC-normalised, upper-case form; never 0.</summary>
        internal static long Hash(string name)
        {
            var trimmed = name.Trim();
            // ASCII needs no NFKC and upper-cases letter by letter: the common name hashes without allocating.
            var text = TextNormalizer.IsAscii(trimmed) ? trimmed : Normalize(trimmed);
            var hash = 14695981039346656037UL; // FNV-1a, then a final mix so that every bit depends on every character.
            foreach (var c in text)
            {
                var upper = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
                hash = (hash ^ upper) * 1099511628211UL;
            }
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdUL;
            hash ^= hash >> 33;
            hash *= 0xc4ceb9fe1a85ec53UL;
            hash ^= hash >> 33;
            return hash == 0 ? 1 : (long)hash;
        }

        private void Grow(int s)
        {
            var old = segments[s];
            var bits = ++slotBits[s];
            var slots = new long[old.Length * 2];
            var mask = (slots.Length >> 1) - 1;
            for (var i = 0; i < old.Length; i += 2)
            {
                var hash = old[i];
                if (hash == 0) continue;
                var slot = Home(hash, bits);
                while (slots[slot * 2] != 0) slot = (slot + 1) & mask;
                slots[slot * 2] = hash;
                slots[slot * 2 + 1] = old[i + 1];
            }
            segments[s] = slots;
        }
    }
}
