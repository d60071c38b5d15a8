using System;
using System.Collections.Generic;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// A questionnaire as a form to fill in, recognised by its columns (those of
    /// <see cref="VendorQuestionnaireRow"/>, not a judged result's): the vendor's columns — Answer,
    /// Evidence, CertificationName, ValidUntil, Comment — are open, the rest locked on a protected
    /// sheet; Answer offers the answers as a list in the questionnaire's language, ValidUntil takes
    /// a date. Every spelling the list offers is one <see cref="Parsing.AnswerParser"/> reads back.
    /// </summary>
    internal sealed class QuestionnaireForm
    {
        private static readonly string[] VendorColumns =
        {
            nameof(VendorQuestionnaireRow.Answer), nameof(VendorQuestionnaireRow.Evidence), nameof(VendorQuestionnaireRow.CertificationName),
            nameof(VendorQuestionnaireRow.ValidUntil), nameof(VendorQuestionnaireRow.Comment),
        };

        private QuestionnaireForm(bool[] open, int answer, int validUntil, int language)
        {
            Open = open;
            AnswerColumn = answer;
            ValidUntilColumn = validUntil;
            LanguageColumn = language;
        }

        /// <summary>For each column, whether the vendor fills it in.</summary>
        public IReadOnlyList<bool> Open { get; }

        public int AnswerColumn { get; }

        /// <summary>-1 when the questionnaire has no ValidUntil column (a selection of columns).</summary>
        public int ValidUntilColumn { get; }

        /// <summary>The column that says the questionnaire's language; -1 when there is none (then English).</summary>
        public int LanguageColumn { get; }

        /// <summary>The form of a report with these columns; null for a report that is no questionnaire to fill in.</summary>
        public static QuestionnaireForm? Recognise(IReadOnlyList<string> columns)
        {
            var itemId = IndexOf(columns, nameof(VendorQuestionnaireRow.ItemId));
            var question = IndexOf(columns, nameof(VendorQuestionnaireRow.Question));
            var answer = IndexOf(columns, nameof(VendorQuestionnaireRow.Answer));
            // A judged result (Test-VendorDisclosure) has the same columns and an Outcome: a record, not a form.
            if (itemId < 0 || question < 0 || answer < 0 || IndexOf(columns, nameof(DisclosureResult.Outcome)) >= 0) return null;
            var open = new bool[columns.Count];
            foreach (var name in VendorColumns)
            {
                var index = IndexOf(columns, name);
                if (index >= 0) open[index] = true;
            }
            return new QuestionnaireForm(open, answer, IndexOf(columns, nameof(VendorQuestionnaireRow.ValidUntil)), IndexOf(columns, nameof(VendorQuestionnaireRow.Language)));
        }

        private static readonly string[] JapaneseAnswers = { "はい", "いいえ", "一部", "該当なし" };
        private static readonly string[] EnglishAnswers = { "Yes", "No", "Partial", "Not applicable" };

        /// <summary>
        /// The answers the drop-down offers, in <paramref name="language"/>: Yes, No, Partial and
        /// not applicable, in that order in either language, as a vendor reads them (never an enum's
        /// name such as NotApplicable). The instructions sheet lists the same, from here.
        /// </summary>
        public static IReadOnlyList<string> Answers(Language language) => language == Language.Ja ? JapaneseAnswers : EnglishAnswers;

        private static int IndexOf(IReadOnlyList<string> columns, string name)
        {
            for (var i = 0; i < columns.Count; i++)
                if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }
}
