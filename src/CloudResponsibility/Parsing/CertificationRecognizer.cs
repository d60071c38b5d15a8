using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Finds the certifications a vendor's cell names, by the spellings the catalog records
    /// (certifications.csv): <c>ISMS (JIS Q 27001), ISMAP</c> names ISO27001 and ISMAP. The cell is
    /// split at <c>;</c> <c>,</c> <c>、</c> and line breaks, and each part is searched for every
    /// spelling, compared in NFKC upper case without spaces, hyphens and underscores, the longest
    /// first (ISMAP-LIU before ISMAP, ISMS-CLS before ISMS); a spelling ending in a digit does not
    /// match before another digit (SOC 1 is not SOC 12). Immutable; one serves every reader.
    /// </summary>
    public sealed class CertificationRecognizer
    {
        private static readonly char[] PartSeparators = { ';', ',', '、', '\r', '\n' };

        // Longest first. A class, not a tuple: generic code over a value type of ours is compiled on a
        // process's first use, which a scheduled job's single run pays for.
        private readonly List<Spelling> spellings = new List<Spelling>();

        /// <summary>Recognises the spellings of <paramref name="certifications"/>.</summary>
        public CertificationRecognizer(IEnumerable<Certification> certifications)
        {
            if (certifications is null) throw new ArgumentNullException(nameof(certifications));
            foreach (var certification in certifications)
                foreach (var variant in certification.Variants)
                {
                    var key = Key(variant);
                    if (key.Length > 0) spellings.Add(new Spelling(key, certification.Id));
                }
            spellings.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
        }

        /// <summary>The comparison form of a spelling: NFKC, upper case, without whitespace, hyphens and underscores.</summary>
        public static string Key(string text) => TextNormalizer.ToKey(text).ToUpperInvariant();

        /// <summary>
        /// The IDs of the certifications a cell names, each once, in the order named; the parts of the
        /// cell that name none go to <paramref name="unrecognized"/>, as written.
        /// </summary>
        public ValueList<string> Recognize(string? cell, out IReadOnlyList<string> unrecognized)
        {
            unrecognized = Array.Empty<string>();
            if (TextNormalizer.IsBlank(cell)) return ValueList<string>.Empty;
            var found = new List<string>(2);
            List<string>? missed = null;
            foreach (var rawPart in TextNormalizer.Normalize(cell!).Split(PartSeparators))
            {
                var part = rawPart.Trim();
                if (part.Length == 0) continue;
                if (!Find(Key(part), found)) (missed ??= new List<string>()).Add(part);
            }
            if (missed is not null) unrecognized = missed;
            return found.Count == 0 ? ValueList<string>.Empty : new ValueList<string>(found);
        }

        /// <summary>Adds every certification the part names; false when it names none.</summary>
        private bool Find(string part, List<string> found)
        {
            var any = false;
            var i = 0;
            while (i < part.Length)
            {
                var matched = 0;
                if (i == 0 || !IsAsciiLetterOrDigit(part[i - 1]))
                {
                    foreach (var spelling in spellings)
                    {
                        if (!Matches(part, i, spelling.Key)) continue;
                        if (!found.Contains(spelling.Id)) found.Add(spelling.Id);
                        matched = spelling.Key.Length;
                        any = true;
                        break;
                    }
                }
                i += matched > 0 ? matched : 1;
            }
            return any;
        }

        private static bool Matches(string part, int at, string key)
        {
            if (at + key.Length > part.Length || string.CompareOrdinal(part, at, key, 0, key.Length) != 0) return false;
            var end = at + key.Length;
            return end >= part.Length || !(char.IsDigit(key[key.Length - 1]) && IsAsciiDigit(part[end]));
        }

        private sealed class Spelling
        {
            public Spelling(string key, string id)
            {
                Key = key;
                Id = id;
            }

            public string Key { get; }

            public string Id { get; }
        }

        private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';

        private static bool IsAsciiLetterOrDigit(char c) => IsAsciiDigit(c) || (c >= 'A' && c <= 'Z');
    }
}
