using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Names that stand for values, matched as a spreadsheet user expects: ignoring case, surrounding
    /// whitespace, full-width forms, and spaces, hyphens and underscores inside. Built once, then
    /// only read, so one table serves every reader at once.
    /// </summary>
    internal sealed class AliasTable<T>
    {
        private readonly Dictionary<string, T> byKey = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Adds names for a value. A name that already stands for another value is a bug in the table.</summary>
        public AliasTable<T> Add(T value, params string[] names)
        {
            foreach (var name in names)
            {
                var key = TextNormalizer.ToKey(name);
                if (byKey.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
                    throw new InvalidOperationException($"The name '{name}' stands for both '{existing}' and '{value}'.");
                byKey[key] = value;
            }
            return this;
        }

        /// <summary>Every name and the value it stands for, by key (each name as <see cref="TextNormalizer.ToKey"/> makes it).</summary>
        public IEnumerable<KeyValuePair<string, T>> Entries => byKey;

        /// <summary>Finds the value a text names.</summary>
        public bool TryGet(string text, [MaybeNullWhen(false)] out T value)
        {
            // Most cells are written exactly as a key (SaaS, yes, JP): one lookup, no allocation.
            var trimmed = text.Trim();
            if (byKey.TryGetValue(trimmed, out value)) return true;
            var key = TextNormalizer.ToKey(trimmed);
            if (!ReferenceEquals(key, trimmed) && byKey.TryGetValue(key, out value)) return true;
            value = default;
            return false;
        }
    }
}
