using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Invoke-CloudAudit's findings as a Markdown document (GitHub-flavoured tables): the counts of
    /// open findings by severity and owner, the per-service overview, and the findings worst first,
    /// each with what to do about it, suppressed ones marked with their justification.
    /// </summary>
    public sealed class MarkdownFindingsWriter : FindingsReportWriter
    {
        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        public MarkdownFindingsWriter(Stream stream, ReportOptions options)
            : base(stream, options)
        {
        }

        internal override void Render(TextWriter writer, IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language)
        {
            if (NothingToReport.Applies(findings, audited))
            {
                // Given nothing: no as-of line, whose date would come from the rows (see NothingToReport).
                var nothing = new NothingToReport(language);
                writer.WriteLine("# " + nothing.Heading);
                writer.WriteLine();
                writer.WriteLine(nothing.Nothing);
                writer.WriteLine();
                writer.WriteLine(nothing.WrittenLine);
                return;
            }
            var overview = new FindingsOverview(findings, audited, language);
            writer.WriteLine("# " + overview.Label(MessageKey.ReportTitle));
            writer.WriteLine();
            writer.WriteLine(overview.AsOfLine());
            writer.WriteLine();
            if (findings.Count == 0)
            {
                writer.WriteLine(overview.Label(MessageKey.ReportNoFindings));
                WriteWithoutFindings(writer, overview);
                return;
            }
            writer.WriteLine("## " + overview.Label(MessageKey.ReportSummary));
            writer.WriteLine();
            writer.WriteLine(Row(new[] { overview.Label(MessageKey.ReportColumnSeverity) }.Concat(overview.Owners.Select(overview.OwnerLabel)).Concat(new[] { overview.Label(MessageKey.ReportTotal) })));
            writer.WriteLine(Separator(overview.Owners.Count + 2));
            foreach (var severity in FindingsOverview.Severities)
                writer.WriteLine(Row(new[] { overview.SeverityLabel(severity) }.Concat(overview.Owners.Select(o => overview.Count(severity, o).ToString())).Concat(new[] { overview.Count(severity, null).ToString() })));
            writer.WriteLine();
            writer.WriteLine("## " + overview.Label(MessageKey.ReportMatrix));
            writer.WriteLine();
            writer.WriteLine(Row(new[] { overview.Label(MessageKey.ReportColumnService) }.Concat(FindingsOverview.Families.Select(overview.FamilyLabel))));
            writer.WriteLine(Separator(FindingsOverview.Families.Length + 1));
            foreach (var service in overview.Services)
                writer.WriteLine(Row(new[] { service.Key }.Concat(FindingsOverview.Families.Select(family =>
                {
                    var (count, worst) = overview.Cell(service, family);
                    return count == 0 ? "—" : overview.WorstAndCount(worst!.Value, count);
                }))));
            writer.WriteLine();
            writer.WriteLine("## " + overview.Label(MessageKey.ReportFindings));
            writer.WriteLine();
            writer.WriteLine(Row(new[]
            {
                overview.Label(MessageKey.ReportColumnSeverity), overview.Label(MessageKey.ReportColumnStatus), overview.Label(MessageKey.ReportColumnService),
                overview.Label(MessageKey.ReportColumnRule), overview.Label(MessageKey.ReportColumnTitle), overview.Label(MessageKey.ReportColumnOwner),
                overview.Label(MessageKey.ReportColumnEvidence), overview.Label(MessageKey.ReportColumnDetail), overview.Label(MessageKey.ReportColumnAction),
                overview.Label(MessageKey.ReportColumnSource),
            }));
            writer.WriteLine(Separator(10));
            foreach (var finding in findings.OrderByDescending(f => f.IsOpen).ThenByDescending(f => f.Severity))
            {
                var detail = finding.Detail;
                var suppression = overview.Suppression(finding);
                if (suppression.Length > 0) detail = suppression + " — " + detail;
                var evidence = finding.Evidence + (finding.EvidenceFile.Length > 0 ? $" ({Path.GetFileName(finding.EvidenceFile)}{(finding.EvidenceRow is long row ? ":" + row : string.Empty)})" : string.Empty);
                writer.WriteLine(Row(new[] { overview.SeverityLabel(finding.Severity), overview.StatusLabel(finding.Status), overview.ServiceCell(finding), finding.RuleId, finding.Title, overview.OwnerLabel(finding.Owner), evidence, detail, finding.Action, finding.Source }));
            }
            WriteWithoutFindings(writer, overview);
        }

        private static void WriteWithoutFindings(TextWriter writer, FindingsOverview overview)
        {
            if (overview.WithoutFindings.Count == 0) return;
            writer.WriteLine();
            writer.WriteLine("## " + overview.Label(MessageKey.ReportServicesWithoutFindings));
            writer.WriteLine();
            writer.WriteLine(Row(FindingsOverview.AuditedColumns.Select(key => overview.Label(key))));
            writer.WriteLine(Separator(FindingsOverview.AuditedColumns.Length));
            foreach (var service in overview.WithoutFindings) writer.WriteLine(Row(FindingsOverview.AuditedCells(service)));
        }

        private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(Escape)) + " |";

        private static string Separator(int columns) => "|" + string.Concat(Enumerable.Repeat(" --- |", columns));

        /// <summary>A cell's text that cannot break the table: pipes escaped, line breaks as &lt;br&gt;, markup characters escaped.</summary>
        private static string Escape(string text) =>
            text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("\r\n", "<br>").Replace("\n", "<br>");
    }
}
