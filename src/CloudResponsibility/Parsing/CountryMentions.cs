using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// The countries a free text names (a vendor's comment: "US (us-east-1), Singapore",
    /// "米国東部および日本国内"), as upper-case alpha-2 codes without duplicates, in the order
    /// written. Precise rather than thorough: what it reports is named, and what it cannot tell
    /// apart from an ordinary word it leaves out. It takes
    /// <list type="bullet">
    /// <item>the English names <see cref="CountryParser"/> reads, in any case, as whole words
    /// (several words joined by spaces: "United States", "Hong Kong"); a name after a word such as
    /// North or South is left out (South America is no country; North Korea is not KR);</item>
    /// <item>codes written in upper case as a word of their own, among those of the usual cloud
    /// regions (JP, US, SG, JPN, USA …), but not those that are also common abbreviations (CA, IN,
    /// IT, ID, SE, ES …): "IT department" names no country;</item>
    /// <item>the Japanese names <see cref="CountryParser"/> reads, inside Japanese text, where the
    /// characters around them are of another script — so タイ is not read in リアルタイム, nor
    /// 中国 in 中国地方 — except that 内, 東, 西, 南 and 北 may follow (米国内, 米国東部).</item>
    /// </list>
    /// Region names (us-east-1, ap-northeast-1) name no country.
    /// </summary>
    public static class CountryMentions
    {
        // Upper-case codes taken as a word of their own; the others are left out as too often something else (CA: certificate authority, SE: systems engineer …).
        private static readonly HashSet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
        {
            "JP", "US", "GB", "UK", "DE", "FR", "IE", "NL", "SG", "AU", "CN", "KR", "HK", "TW", "CH", "FI", "BR", "VN", "PH", "NZ", "IL", "AE", "ZA", "EU",
            "JPN", "USA", "GBR", "DEU", "FRA", "IRL", "NLD", "SGP", "AUS", "CAN", "CHN", "KOR", "IND", "HKG", "TWN", "CHE", "UAE",
        };

        private static readonly HashSet<string> RegionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "North", "South", "East", "West", "Central", "Latin", "Northern", "Southern", "Eastern", "Western", "Southeast", "Northeast", "Southwest", "Northwest",
        };

        // The longest English name in words (United States of America).
        private const int MaxWords = 4;

        private const string KanjiThatMayFollow = "内東西南北";

        /// <summary>The countries <paramref name="text"/> names; empty for none, or for no text.</summary>
        public static ValueList<string> In(string? text)
        {
            if (TextNormalizer.IsBlank(text)) return ValueList<string>.Empty;
            var normalized = TextNormalizer.Normalize(text!);
            var found = new List<string>();
            var words = new List<Word>();
            var start = 0;
            while (start < normalized.Length)
            {
                var kind = KindOf(normalized[start]);
                var end = start + 1;
                while (end < normalized.Length && KindOf(normalized[end]) == kind) end++;
                if (kind == RunKind.Latin) words.Add(new Word(normalized.Substring(start, end - start), OnlySpacesBetween(normalized, words, start)));
                else if (kind == RunKind.Japanese)
                {
                    AddEnglish(words, found);
                    words.Clear();
                    AddJapanese(normalized.Substring(start, end - start), found);
                }
                else if (!IsSpace(normalized, start, end))
                {
                    AddEnglish(words, found);
                    words.Clear();
                }
                start = end;
            }
            AddEnglish(words, found);
            return found.Count == 0 ? ValueList<string>.Empty : new ValueList<string>(found);
        }

        /// <summary>Reads a phrase of Latin words: at each word, the longest run of words that names a country.</summary>
        private static void AddEnglish(List<Word> words, List<string> found)
        {
            var i = 0;
            while (i < words.Count)
            {
                var matched = 0;
                for (var count = Math.Min(MaxWords, words.Count - i); count >= 1 && matched == 0; count--)
                {
                    if (!Joined(words, i, count)) continue;
                    if (TryName(words, i, count, out var code) && !(count == 1 && i > 0 && words[i].JoinedToPrevious && RegionWords.Contains(words[i - 1].Text)))
                    {
                        AddOnce(found, code);
                        matched = count;
                    }
                }
                i += Math.Max(matched, 1);
            }
        }

        private static bool TryName(List<Word> words, int first, int count, out string code)
        {
            code = string.Empty;
            if (count == 1)
            {
                var word = words[first].Text;
                // A short word is a code only as written in capitals; a name has four letters at least (Peru is none of ours; Iran, Oman neither).
                if (word.Length <= 3) return Codes.Contains(word) && CountryParser.TryParse(word, out code);
                return IsLetters(word) && CountryParser.TryParse(word, out code);
            }
            var parts = new string[count];
            for (var k = 0; k < count; k++)
            {
                parts[k] = words[first + k].Text;
                // "U S" or "J P" would read as a code once its spaces are ignored.
                if (parts[k].Length < 2 || !IsLetters(parts[k])) return false;
            }
            return CountryParser.TryParse(string.Join(" ", parts), out code);
        }

        /// <summary>Finds the Japanese names in a run of Japanese letters, the longest at each place, where the script changes around them.</summary>
        private static void AddJapanese(string run, List<string> found)
        {
            var i = 0;
            while (i < run.Length)
            {
                var matched = 0;
                foreach (var name in CountryParser.JapaneseNames)
                {
                    var length = name.Key.Length;
                    if (length > run.Length - i || string.CompareOrdinal(run, i, name.Key, 0, length) != 0) continue;
                    if (!StandsAlone(run, i, length)) continue;
                    AddOnce(found, name.Value);
                    matched = length;
                    break;
                }
                i += Math.Max(matched, 1);
            }
        }

        private static bool StandsAlone(string run, int start, int length)
        {
            if (start > 0 && ScriptOf(run[start - 1]) == ScriptOf(run[start])) return false;
            var after = start + length;
            if (after >= run.Length) return true;
            var last = ScriptOf(run[after - 1]);
            if (ScriptOf(run[after]) != last) return true;
            return last == Script.Kanji && KanjiThatMayFollow.IndexOf(run[after]) >= 0;
        }

        private static bool Joined(List<Word> words, int first, int count)
        {
            for (var k = first + 1; k < first + count; k++)
                if (!words[k].JoinedToPrevious) return false;
            return true;
        }

        /// <summary>Whether a word starting at <paramref name="start"/> follows the phrase's last word with nothing but spaces between.</summary>
        private static bool OnlySpacesBetween(string text, List<Word> words, int start) =>
            words.Count > 0 && start > 0 && char.IsWhiteSpace(text[start - 1]);

        private static bool IsSpace(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
                if (text[i] != ' ' && text[i] != '\t') return false;
            return true;
        }

        private static bool IsLetters(string word)
        {
            foreach (var c in word)
                if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) return false;
            return true;
        }

        private static void AddOnce(List<string> found, string code)
        {
            if (!found.Contains(code)) found.Add(code);
        }

        private static RunKind KindOf(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') return RunKind.Latin;
            if (c > '\u007F' && (char.IsLetter(c) || c == '々')) return RunKind.Japanese;
            return RunKind.Other;
        }

        private static Script ScriptOf(char c)
        {
            if (c >= '\u3040' && c <= '\u309F') return Script.Hiragana;
            if ((c >= '\u30A0' && c <= '\u30FF') || (c >= '\u31F0' && c <= '\u31FF')) return Script.Katakana;
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々') return Script.Kanji;
            return Script.Other;
        }

        private enum RunKind
        {
            Latin,
            Japanese,
            Other,
        }

        private enum Script
        {
            Hiragana,
            Katakana,
            Kanji,
            Other,
        }

        private readonly struct Word
        {
            public Word(string text, bool joinedToPrevious)
            {
                Text = text;
                JoinedToPrevious = joinedToPrevious;
            }

            public string Text { get; }

            public bool JoinedToPrevious { get; }
        }
    }
}
