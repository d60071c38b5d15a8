using System;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Remembers the service names seen so far and the row of each, to tell a repeated name. Names
    /// are compared after trimming and NFKC normalisation, ignoring case ("Ｂｏｘ" and " box " are one
    /// name). Each name is held as a 64-bit hash next to its row, 16 bytes with no object per name,
    /// so that ten million rows cost a few hundred megabytes rather than gigabytes and the garbage
    /// collector has nothing to trace. Two different names share a hash with odds of about one in
    /// 10^11 for ten thousand names and one in 400,000 for ten million; that would show as a
    /// spurious warning, never as a lost service.
    /// Not thread-safe.
    /// </summary>
    public sealed class ServiceNameIndex
    {
        private const int InitialSlots = 1024;

        // Slot i holds the hash at 2i and the row at 2i+1, side by side so that a probe reads one cache line; hash 0 marks a free slot.
        private long[] slots = new long[InitialSlots * 2];
        private int mask = InitialSlots - 1;

        /// <summary>The number of distinct names.</summary>
        public int Count { get; private set; }

        /// <summary>
        /// Adds a name seen on a row. Returns false, with the row where the name was first seen,
        /// when it has been seen before (the earlier row is kept).
        /// </summary>
        public bool TryAdd(string serviceName, long row, out long earlierRow)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            var hash = Hash(serviceName);
            var slot = (int)((ulong)hash >> 32 ^ (ulong)hash) & mask;
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
            slots[slot * 2] = hash;
            slots[slot * 2 + 1] = row;
            earlierRow = 0;
            if (++Count > (mask + 1) / 4 * 3) Grow();
            return true;
        }

        /// <summary>The form in which names are compared: trimmed, NFKC-normalised and in upper case.</summary>
        public static string Normalize(string serviceName) =>
            TextNormalizer.Normalize(serviceName).ToUpperInvariant();

        private static long Hash(string name)
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

        private void Grow()
        {
            var old = slots;
            slots = new long[old.Length * 2];
            mask = old.Length - 1;
            for (var i = 0; i < old.Length; i += 2)
            {
                var hash = old[i];
                if (hash == 0) continue;
                var slot = (int)((ulong)hash >> 32 ^ (ulong)hash) & mask;
                while (slots[slot * 2] != 0) slot = (slot + 1) & mask;
                slots[slot * 2] = hash;
                slots[slot * 2 + 1] = old[i + 1];
            }
        }
    }
}
