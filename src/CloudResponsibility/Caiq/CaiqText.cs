using System.Text;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// How the CAIQ's words are compared: NFKC-normalised (full-width letters are ASCII), lower case,
    /// letters and digits only, so that "SSRM Control\nOwnership", "CSP-owned" and "csp owned" are
    /// one key each, whatever the workbook's line breaks, spacing, hyphens and brackets.
    /// </summary>
    internal static class CaiqText
    {
        public static string Key(string? text)
        {
            if (text is null) return string.Empty;
            var normalized = TextNormalizer.Normalize(text);
            var builder = new StringBuilder(normalized.Length);
            foreach (var c in normalized)
                if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            return builder.ToString();
        }

        /// <summary>A cell's text trimmed; null for a blank cell.</summary>
        public static string? Value(string? cell) => TextNormalizer.IsBlank(cell) ? null : cell!.Trim();
    }
}
