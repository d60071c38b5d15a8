using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a vendor's answer as questionnaires are filled in, in any case and width. Yes: yes, y,
    /// はい, ○, 〇, ◯, 可, 有, 有り, あり. No: no, n, いいえ, ×, ✕, ✖, ✗, ✘, 不可, 無, 無し, なし.
    /// Partial: partial, partly, partially, 一部, 一部対応, 部分的, △, ▲. NotApplicable: not applicable,
    /// NotApplicable, N/A, NA, 該当なし, 該当無し, 非該当, 対象外. An empty cell is no answer yet, not an
    /// error. Every answer a questionnaire workbook's drop-down offers is among these.
    /// </summary>
    public static class AnswerParser
    {
        private static readonly AliasTable<VendorAnswer> Table = new AliasTable<VendorAnswer>()
            .Add(VendorAnswer.Yes, "Yes", "y", "はい", "○", "〇", "◯", "可", "有", "有り", "あり")
            .Add(VendorAnswer.No, "No", "n", "いいえ", "×", "✕", "✖", "✗", "✘", "不可", "無", "無し", "なし")
            .Add(VendorAnswer.Partial, "Partial", "Partly", "Partially", "一部", "一部対応", "部分的", "△", "▲")
            .Add(VendorAnswer.NotApplicable, "NotApplicable", "Not Applicable", "N/A", "NA", "該当なし", "該当無し", "非該当", "対象外");

        /// <summary>Every answer, each with the spellings it accepts, for messages.</summary>
        public const string Accepted = "Yes/No/Partial/Not applicable, はい/いいえ/一部/該当なし, N/A, ○/×/△";

        /// <summary>
        /// Reads an answer: true with a null answer for an empty cell (not answered yet), true with
        /// the answer for one of the spellings above, false for any other text.
        /// </summary>
        public static bool TryParse(string? text, out VendorAnswer? answer)
        {
            answer = null;
            // The usual spellings first, without a lookup: the answer is read on every row.
            switch (text)
            {
                case null: case "": return true;
                case "Yes": case "yes": case "YES": case "はい": answer = VendorAnswer.Yes; return true;
                case "No": case "no": case "NO": case "いいえ": answer = VendorAnswer.No; return true;
                case "Partial": case "一部": answer = VendorAnswer.Partial; return true;
                case "Not applicable": case "NotApplicable": case "N/A": case "該当なし": answer = VendorAnswer.NotApplicable; return true;
            }
            if (TextNormalizer.IsBlank(text)) return true;
            if (!Table.TryGet(text, out var found)) return false;
            answer = found;
            return true;
        }
    }
}
