using System.Runtime.CompilerServices;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// What the recent cells of one kind (flags, service models …) were read as, by the identity of
    /// their text. The CSV reader pools the strings of each column, so a value that recurs down a
    /// column (SaaS, yes, JP, a vendor) comes back as the same instance, and is then read once
    /// instead of on every row, where each reading trims, normalises and looks the text up without
    /// regard to case. Text that is not pooled (the properties of Import-Csv objects) simply
    /// misses, and is read as before. Only successful readings are kept: an error names its row,
    /// so a bad cell is read again wherever it recurs.
    /// </summary>
    /// <typeparam name="T">What a cell is read as.</typeparam>
    internal sealed class CellMemo<T>
    {
        // Direct-mapped: the few columns of a kind have a handful of recurring values each, and a
        // collision only costs a reading. Small enough that columns of unique values keep little alive.
        private const int Slots = 64;

        private readonly string?[] texts = new string?[Slots];
        private readonly T[] values = new T[Slots];

        /// <summary>Whether <paramref name="text"/>, this very instance, was read before; <paramref name="value"/> is what it was read as.</summary>
        public bool TryGet(string? text, out T value)
        {
            if (text is not null)
            {
                var slot = SlotOf(text);
                if (ReferenceEquals(texts[slot], text))
                {
                    value = values[slot];
                    return true;
                }
            }
            value = default!;
            return false;
        }

        /// <summary>Keeps what <paramref name="text"/> was read as.</summary>
        public void Add(string? text, T value)
        {
            if (text is null) return;
            var slot = SlotOf(text);
            texts[slot] = text;
            values[slot] = value;
        }

        private static int SlotOf(string text) => RuntimeHelpers.GetHashCode(text) & (Slots - 1);
    }
}
