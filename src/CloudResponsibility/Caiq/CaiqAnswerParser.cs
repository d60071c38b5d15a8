using CloudResponsibility.Parsing;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// Reads the "CSP CAIQ Answer" cell: Yes, No, NA (N/A, Not Applicable) in any case and width, and
    /// the Japanese はい, いいえ, 該当なし of a translated workbook; a blank cell is
    /// <see cref="CaiqAnswerValue.Missing"/>.
    /// </summary>
    internal static class CaiqAnswerParser
    {
        /// <summary>The answers as messages list them.</summary>
        public const string Accepted = "Yes, No, NA (N/A, Not Applicable)";

        public static bool TryParse(string? cell, out CaiqAnswerValue answer)
        {
            answer = CaiqAnswerValue.Missing;
            if (TextNormalizer.IsBlank(cell)) return true;
            switch (CaiqText.Key(cell))
            {
                case "yes":
                case "y":
                case "はい":
                    answer = CaiqAnswerValue.Yes;
                    return true;
                case "no":
                case "n":
                case "いいえ":
                    answer = CaiqAnswerValue.No;
                    return true;
                case "na":
                case "notapplicable":
                case "該当なし":
                case "対象外":
                    answer = CaiqAnswerValue.NotApplicable;
                    return true;
                default:
                    return false;
            }
        }
    }
}
