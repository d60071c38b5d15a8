using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a data-location cell: one or more countries (as <see cref="CountryParser"/> reads them)
    /// separated by ; , 、 / ／ ・ line breaks or whitespace, into upper-case alpha-2 codes without
    /// duplicates, in the order written. Whitespace separates only where it does not join the words
    /// of a name: "United States Japan" is US;JP.
    /// </summary>
    public static class DataLocationParser
    {
        // The longest country name, in words, that a whitespace-separated list is matched against.
        private const int MaxWordsInName = 4;

        private static readonly char[] ListSeparators = { ';', ',', '、', '/', '・', '\r', '\n' };
        private static readonly char[] WordSeparators = { ' ', '\t' };

        // A single country is the usual cell; its list is immutable, so each code has one, shared.
        private static readonly ConcurrentDictionary<string, ValueList<string>> SingleCodes =
            new ConcurrentDictionary<string, ValueList<string>>(StringComparer.Ordinal);

        /// <summary>
        /// Reads the countries of a cell. An empty cell is an empty list. On failure,
        /// <paramref name="invalidPart"/> is the part of the cell that names no country.
        /// </summary>
        public static bool TryParse(string? text, out ValueList<string> codes, out string? invalidPart)
        {
            codes = ValueList<string>.Empty;
            invalidPart = null;
            if (TextNormalizer.IsBlank(text)) return true;
            if (CountryParser.TryParse(text, out var single))
            {
                codes = Single(single);
                return true;
            }

            // NFKC first, so that full-width separators (；，／) split like their ASCII forms.
            var normalized = TextNormalizer.Normalize(text!);
            var found = new List<string>(4);
            foreach (var rawPiece in normalized.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var piece = rawPiece.Trim();
                if (piece.Length == 0) continue;
                if (CountryParser.TryParse(piece, out var code)) AddOnce(found, code);
                else if (!TryAddWords(piece, found))
                {
                    invalidPart = piece;
                    return false;
                }
            }
            codes = found.Count == 1 ? Single(found[0]) : found.Count == 0 ? ValueList<string>.Empty : new ValueList<string>(found);
            return true;
        }

        /// <summary>Reads a whitespace-separated piece by taking, at each word, the longest run of words that names a country.</summary>
        private static bool TryAddWords(string piece, List<string> found)
        {
            var words = piece.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return false;
            var start = 0;
            while (start < words.Length)
            {
                var matched = 0;
                for (var count = Math.Min(MaxWordsInName, words.Length - start); count >= 1 && matched == 0; count--)
                {
                    if (CountryParser.TryParse(string.Join(" ", words, start, count), out var code))
                    {
                        AddOnce(found, code);
                        matched = count;
                    }
                }
                if (matched == 0) return false;
                start += matched;
            }
            return true;
        }

        private static void AddOnce(List<string> found, string code)
        {
            if (!found.Contains(code)) found.Add(code);
        }

        private static ValueList<string> Single(string code) =>
            SingleCodes.GetOrAdd(code, c => new ValueList<string>(new[] { c }));
    }
}
