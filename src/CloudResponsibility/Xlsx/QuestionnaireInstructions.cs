using System.Collections.Generic;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// The instructions sheet of a questionnaire workbook, in Japanese and English at once: the
    /// vendor may read either, whichever language the questions are in.
    /// </summary>
    internal static class QuestionnaireInstructions
    {
        /// <summary>The sheet's name.</summary>
        public const string SheetName = "Instructions";

        /// <summary>The lines, each a row: Japanese in column A, English in column B.</summary>
        public static IReadOnlyList<(string Ja, string En)> Lines { get; } = new[]
        {
            ("記入方法", "How to fill in this questionnaire"),
            ("1. 「Answer」列で、各質問への回答を一覧から選んでください（はい / いいえ / 一部 / 該当なし、または Yes / No / Partial / NotApplicable）。",
                "1. In the Answer column, choose your answer to each question from the list (Yes / No / Partial / NotApplicable, or はい / いいえ / 一部 / 該当なし)."),
            ("2. 「はい」と回答し、「EvidenceRequested」列に記載がある場合は、「Evidence」列に根拠資料（文書名、報告書、URL）を記入してください。",
                "2. Where you answer Yes and the EvidenceRequested column names evidence, name it in the Evidence column (a document, a report or a URL)."),
            ("3. 認証（ISMAP、ISO/IEC 27001、SOC 2 など）に基づく回答は、「CertificationName」列に認証名を、「ValidUntil」列に有効期限を日付で記入してください。",
                "3. Where an answer rests on a certification (ISMAP, ISO/IEC 27001, SOC 2 …), write its name in CertificationName and its expiry date in ValidUntil."),
            ("4. 補足があれば「Comment」列に記入してください。",
                "4. Add anything else in the Comment column."),
            ("5. 質問の列は保護されています（パスワードなし）。行や質問を変更せず、回答の列だけを記入してください。",
                "5. The question columns are protected (without a password). Please fill in the answer columns only; do not change the rows or the questions."),
            ("6. 記入後、このブックを .xlsx のまま返送してください。",
                "6. When done, return this workbook as it is, as an .xlsx file."),
        };
    }
}
