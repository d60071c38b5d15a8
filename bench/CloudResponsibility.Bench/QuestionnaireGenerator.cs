using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// Writes filled vendor questionnaires as New-VendorQuestionnaire | Export-CloudReport writes
    /// them (the same columns and text), each a full SaaS set, answered as vendors answer: mostly
    /// Yes, some in Japanese, some No, Partial, N/A or blank, evidence on most lines that ask for
    /// it, a certification and dates on some.
    /// </summary>
    internal static class QuestionnaireGenerator
    {
        private static readonly string[] Answers =
            { "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "Yes", "はい", "No", "Partial", "N/A", "", "○" };

        /// <summary>The lines of one questionnaire: a full SaaS set.</summary>
        public static int LinesPerQuestionnaire => Lines.Length;

        private static VendorQuestionnaireRow[] Lines => new QuestionnaireBuilder(CloudCatalog.Default.In(Language.En)).Build("template", null, ServiceModel.SaaS).ToArray();

        /// <summary>The rows of the questionnaires written for <paramref name="rows"/>: whole questionnaires only.</summary>
        public static long Rows(long rows) => rows / LinesPerQuestionnaire * LinesPerQuestionnaire;

        /// <summary>Writes the questionnaires of <paramref name="rows"/> rows into one file.</summary>
        public static void WriteFile(string path, long rows)
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
            using (var writer = new CsvReportWriter(file, ReportOptions.Default))
            {
                var lines = Lines;
                var columns = Columns(writer);
                for (long service = 0; service < rows / lines.Length; service++) WriteQuestionnaire(writer, columns, lines, service);
                writer.Finish();
            }
            file.Flush(flushToDisk: true);
        }

        /// <summary>Writes the questionnaires of <paramref name="rows"/> rows, one file each, into a folder.</summary>
        public static void WriteFolder(string folder, long rows)
        {
            Directory.CreateDirectory(folder);
            var lines = Lines;
            for (long service = 0; service < rows / lines.Length; service++)
            {
                using var file = new FileStream(Path.Combine(folder, $"questionnaire-{service:D6}.csv"), FileMode.Create, FileAccess.Write);
                using (var writer = new CsvReportWriter(file, ReportOptions.Default))
                {
                    WriteQuestionnaire(writer, Columns(writer), lines, service);
                    writer.Finish();
                }
                file.Flush(flushToDisk: true);
            }
        }

        /// <summary>
        /// Writes a questionnaire, one file each, for the services of an inventory the generator
        /// wrote whose numbers are given: those must be SaaS services there, as each is a SaaS set.
        /// </summary>
        public static void WriteFolderFor(string folder, IEnumerable<long> services)
        {
            Directory.CreateDirectory(folder);
            var lines = Lines;
            foreach (var service in services)
            {
                using var file = new FileStream(Path.Combine(folder, $"questionnaire-{service:D6}.csv"), FileMode.Create, FileAccess.Write);
                using (var writer = new CsvReportWriter(file, ReportOptions.Default))
                {
                    WriteQuestionnaire(writer, Columns(writer), lines, service);
                    writer.Finish();
                }
                file.Flush(flushToDisk: true);
            }
        }

        private static ReportColumns Columns(ReportWriter writer)
        {
            var columns = ReportColumns.Of(typeof(VendorQuestionnaireRow))!;
            writer.WriteHeader(columns.Names);
            return columns;
        }

        private static void WriteQuestionnaire(ReportWriter writer, ReportColumns columns, VendorQuestionnaireRow[] lines, long service)
        {
            var names = columns.Names;
            for (var line = 0; line < lines.Length; line++)
            {
                var item = lines[line].Item;
                var cells = columns.Read(lines[line]);
                Set(cells, names, "ServiceName", "Service " + service);
                Set(cells, names, "Vendor", "Vendor " + (service % 97));
                Set(cells, names, "Answer", Answers[(service + line) % Answers.Length]);
                if (item.RequiresEvidence && service % 7 != 0) Set(cells, names, "Evidence", "Document " + item.Id + ", rev. " + (service % 5));
                if (item.Id == "CHK-OP-03.1") Set(cells, names, "CertificationName", "ISO/IEC 27001, ISO/IEC 27017, ISMAP");
                if (item.Id == "CHK-OP-03.1" || item.Id == "CHK-OP-03.2") Set(cells, names, "ValidUntil", service % 3 == 0 ? "2026/03/31" : "2027-06-30");
                if (line % 5 == 0) Set(cells, names, "Comment", "See the annex, section " + line + ".");
                writer.StartRow();
                foreach (var cell in cells) writer.Cell(cell);
                writer.EndRow();
            }
        }

        private static void Set(object?[] cells, IReadOnlyList<string> names, string column, string value)
        {
            for (var i = 0; i < names.Count; i++)
                if (names[i] == column)
                {
                    cells[i] = value;
                    return;
                }
            throw new ArgumentException("No column " + column);
        }
    }
}
