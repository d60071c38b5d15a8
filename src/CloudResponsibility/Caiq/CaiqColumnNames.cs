using System;
using System.Collections.Generic;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// The headers that name each column, as <see cref="CaiqText.Key"/> keys. CSA's wording is the
    /// first of each; the others are the shortenings vendors make. A header names a column when its
    /// key is one of these or starts with one followed by a bracketed note ("(Optional/Recommended)").
    /// </summary>
    internal static class CaiqColumnNames
    {
        private static readonly (CaiqColumn Column, string[] Keys)[] Names =
        {
            (CaiqColumn.QuestionId, new[] { "questionid" }),
            (CaiqColumn.Question, new[] { "question", "questiontext" }),
            (CaiqColumn.Answer, new[] { "cspcaiqanswer", "caiqanswer", "cspanswer", "answer" }),
            (CaiqColumn.Ownership, new[] { "ssrmcontrolownership", "controlownership", "ssrmownership" }),
            (CaiqColumn.ImplementationDescription, new[] { "cspimplementationdescription", "implementationdescription" }),
            (CaiqColumn.CustomerResponsibilities, new[] { "cscresponsibilities", "cscresponsibility", "customerresponsibilities" }),
        };

        /// <summary>CSA's header for a column, as error messages name it.</summary>
        public static string Display(CaiqColumn column) => column switch
        {
            CaiqColumn.QuestionId => "Question ID",
            CaiqColumn.Question => "Question",
            CaiqColumn.Answer => "CSP CAIQ Answer",
            CaiqColumn.Ownership => "SSRM Control Ownership",
            CaiqColumn.ImplementationDescription => "CSP Implementation Description (Optional/Recommended)",
            _ => "CSC Responsibilities (Optional/Recommended)",
        };

        /// <summary>Whether a row's first cell makes it the header: "Question ID", however spaced.</summary>
        public static bool IsHeaderStart(string? firstCell) => CaiqText.Key(firstCell) == "questionid";

        /// <summary>The column a header names; null for any other (the CCM columns, notes).</summary>
        public static CaiqColumn? Find(string? header)
        {
            if (header is null) return null;
            var key = CaiqText.Key(header);
            if (key.Length == 0) return null;
            foreach (var (column, keys) in Names)
                foreach (var name in keys)
                    if (key == name || (key.StartsWith(name, StringComparison.Ordinal) && HasNote(header, name))) return column;
            return null;
        }

        /// <summary>Whether the header goes on, past the name, only with a note in brackets: "CSC Responsibilities (Optional/Recommended)".</summary>
        private static bool HasNote(string header, string name)
        {
            var bracket = header.IndexOfAny(new[] { '(', '（', '[' });
            return bracket > 0 && CaiqText.Key(header.Substring(0, bracket)) == name;
        }

        /// <summary>All the keys, for tests.</summary>
        internal static IEnumerable<(CaiqColumn, string[])> All => Names;
    }
}
