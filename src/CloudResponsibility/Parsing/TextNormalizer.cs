using System;
using System.Text;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// The forgiving comparison form of spreadsheet text: trimmed, NFKC-normalised (full-width
    /// letters and digits become half-width, half-width katakana full-width) and, for keys, without
    /// spaces, hyphens and underscores. ASCII text skips NFKC, since NFKC leaves ASCII unchanged and
    /// nearly every cell of a real inventory is ASCII: the hot path then allocates nothing.
    /// </summary>
    internal static class TextNormalizer
    {
        /// <summary>Whether every character is ASCII.</summary>
        public static bool IsAscii(string text)
        {
#if NET
            return System.Text.Ascii.IsValid(text);
#else
            foreach (var c in text)
                if (c > '\u007F') return false;
            return true;
#endif
        }

        /// <summary>The text trimmed and NFKC-normalised; the same instance when it already is.</summary>
        public static string Normalize(string text)
        {
            var trimmed = text.Trim();
            if (IsAscii(trimmed)) return trimmed;
            string normalized;
            try
            {
                normalized = trimmed.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // A lone surrogate cannot be normalised; such text matches nothing anyway, so keep it as it is.
                return trimmed;
            }
            // NFKC turns the ideographic space into an ASCII one, which may now be at either end.
            return normalized.Trim();
        }

        /// <summary>
        /// The lookup key of a name: normalised, without whitespace, hyphens and underscores, so that
        /// "Service Name", "service_name" and "ServiceName" are one key. Case is left to the comparer.
        /// </summary>
        public static string ToKey(string text)
        {
            var normalized = Normalize(text);
            var separators = 0;
            foreach (var c in normalized)
                if (IsKeySeparator(c)) separators++;
            if (separators == 0) return normalized;
            var builder = new StringBuilder(normalized.Length - separators);
            foreach (var c in normalized)
                if (!IsKeySeparator(c)) builder.Append(c);
            return builder.ToString();
        }

        /// <summary>Whether the text is empty or only whitespace (the ideographic space included).</summary>
        public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

        private static bool IsKeySeparator(char c) => c == '-' || c == '_' || char.IsWhiteSpace(c);
    }
}
