using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Tests.Xlsx;

namespace CloudResponsibility.Tests.Caiq
{
    /// <summary>
    /// CAIQ files laid out as CSA ships the workbook: an introduction sheet, then the questions sheet
    /// (CAIQv4.0.3, CAIQv4.1 …) with title rows above the header, the header's cells with line breaks,
    /// the CCM columns right of the answers; and the questions sheet saved as CSV, as Excel saves it.
    /// A null row is left out (a blank row); a null cell is empty.
    /// </summary>
    internal static class CaiqFixture
    {
        public static readonly string?[] Header =
        {
            "Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
            "CSP Implementation Description\n(Optional/Recommended)", "CSC Responsibilities\n(Optional/Recommended)",
            "CCM Control ID", "CCM Control Specification", "CCM Control Title", "CCM Domain Title",
        };

        public static readonly string?[][] TitleRows =
        {
            new string?[] { "Consensus Assessments Initiative Questionnaire v4.0.3" },
            new string?[] { "Example vendor — filled 2026-11" },
            null!,
        };

        /// <summary>A question row: the CCM columns filled with the control's ID only.</summary>
        public static string?[] Question(string id, string? answer, string? ownership, string? implementation = null, string? customer = null, string? question = "Our own words") =>
            new[] { id, question, answer, ownership, implementation, customer, id.Split('.')[0], null, null, null };

        /// <summary>The title rows, the header, then <paramref name="questions"/>.</summary>
        public static IReadOnlyList<string?[]> Sheet(params string?[][] questions) => TitleRows.Concat(new[] { Header }).Concat(questions).ToList();

        public static string Workbook(string path, string sheetName, IReadOnlyList<string?[]> rows, bool introduction = true)
        {
            var workbook = new ExcelSavedWorkbook();
            if (introduction) workbook.Sheet("Introduction").Row(1, workbook.Text("Read me first"));
            workbook.Sheet(sheetName);
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is null) continue;
                workbook.Row((uint)(i + 1), rows[i].Select(cell => cell is null ? null : workbook.Text(cell)).ToArray());
            }
            return workbook.Save(path);
        }

        /// <summary>The rows as CSV: every row as wide as the widest (as Excel pads them) unless <paramref name="pad"/> is false.</summary>
        public static string Csv(string path, IReadOnlyList<string?[]> rows, Encoding? encoding = null, bool pad = true)
        {
            var width = rows.Where(r => r is not null).Max(r => r.Length);
            var text = new StringBuilder();
            foreach (var row in rows)
            {
                var cells = row ?? new string?[0];
                var count = pad ? width : cells.Length;
                for (var i = 0; i < count; i++)
                {
                    if (i > 0) text.Append(',');
                    var cell = i < cells.Length ? cells[i] ?? string.Empty : string.Empty;
                    text.Append(cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell);
                }
                text.Append("\r\n");
            }
            File.WriteAllText(path, text.ToString(), encoding ?? new UTF8Encoding(true));
            return path;
        }
    }
}
