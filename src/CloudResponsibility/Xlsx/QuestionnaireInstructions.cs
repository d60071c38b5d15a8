using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// The instructions sheet of a questionnaire workbook, in Japanese and English at once: the
    /// vendor may read either, whichever language the questions are in. The answers it lists are
    /// those the workbook's drop-down offers (<see cref="QuestionnaireForm.Answers"/>), each glossed
    /// in the other language, so that what the sheet says may be chosen can be chosen.
    /// </summary>
    internal static class QuestionnaireInstructions
    {
        /// <summary>The sheet's name.</summary>
        public const string SheetName = "Instructions";

        /// <summary>The lines for a workbook whose drop-down is in <paramref name="language"/>, each a row: Japanese in column A, English in column B.</summary>
        public static IReadOnlyList<(string Ja, string En)> Lines(Language language)
        {
            var offered = QuestionnaireForm.Answers(language);
            var other = QuestionnaireForm.Answers(language == Language.Ja ? Language.En : Language.Ja);
            var forJapanese = language == Language.Ja ? string.Join(" / ", offered) : string.Join(" / ", offered.Select((a, i) => a + "（" + other[i] + "）"));
            var forEnglish = language == Language.En ? string.Join(" / ", offered) : string.Join(" / ", offered.Select((a, i) => a + " (" + other[i] + ")"));
            return new[]
            {
                ("記入方法", "How to fill in this questionnaire"),
                ("1. 「Answer」列で、各質問への回答を一覧から選んでください（" + forJapanese + "）。一覧にない値は入力できません。",
                    "1. In the Answer column, choose your answer to each question from the list (" + forEnglish + "); the cell takes no other value."),
                ("2. 「はい」と回答し、「EvidenceRequested」列に記載がある場合は、「Evidence」列に根拠資料（文書名、報告書、URL）を記入してください。",
                    "2. Where you answer Yes and the EvidenceRequested column names evidence, name it in the Evidence column (a document, a report or a URL)."),
                ("3. 認証（ISMAP、ISO/IEC 27001、SOC 2 など）に基づく回答は、「CertificationName」列に認証名を、「ValidUntil」列に有効期限を日付で記入してください。",
                    "3. Where an answer rests on a certification (ISMAP, ISO/IEC 27001, SOC 2 …), write its name in CertificationName and its expiry date in ValidUntil."),
                ("4. 質問が名称、所在地、国・地域などの情報を求める場合は「はい」を選び、その内容を「Comment」列に記入してください。その他の補足も「Comment」列に記入してください。",
                    "4. Where a question asks for information (a name, an address, the countries or regions …), answer Yes and give it in the Comment column; add anything else there too."),
                ("5. 質問の列は保護されています（パスワードなし）。行や質問を変更せず、回答の列だけを記入してください。",
                    "5. The question columns are protected (without a password). Please fill in the answer columns only; do not change the rows or the questions."),
                ("6. 記入後、このブックを .xlsx のまま返送してください。",
                    "6. When done, return this workbook as it is, as an .xlsx file."),
            };
        }
    }
}
