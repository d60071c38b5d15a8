using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Text;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// What the findings documents for people (Markdown, HTML) show above the findings: open
    /// findings counted by severity and owner, and per service by rule family, with the labels
    /// in the findings' language. A finding about a questionnaire file (<see cref="FindingRecord.IsAboutFile"/>)
    /// is no service's: it is counted under its file, apart from the services.
    /// </summary>
    internal sealed class FindingsOverview
    {
        public static readonly FindingSeverity[] Severities = { FindingSeverity.Critical, FindingSeverity.High, FindingSeverity.Medium, FindingSeverity.Low, FindingSeverity.Info };
        public static readonly string[] Families = { "LEG", "VND", "QST", "OWN", "INV", "THR" };

        /// <summary>The labels of the columns that show a service audited without findings.</summary>
        public static readonly string[] AuditedColumns =
        {
            MessageKey.ReportColumnService, MessageKey.ReportColumnModel, MessageKey.ReportColumnVendor, MessageKey.ReportColumnServiceOwner, MessageKey.ReportColumnRulesEvaluated,
        };

        /// <summary>The cells of a service audited without findings, under <see cref="AuditedColumns"/>.</summary>
        public static string[] AuditedCells(AuditedServiceRecord service) =>
            new[] { service.ServiceName, service.ServiceModel, service.Vendor, service.ServiceOwner, string.Join(", ", service.EvaluatedRules) };

        public FindingsOverview(IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language)
        {
            Language = language;
            Findings = findings;
            Audited = audited;
            Open = findings.Where(f => f.IsOpen).ToList();
            Owners = Open.Select(f => f.Owner).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal).ToList();
            Services = findings.Where(f => !f.IsAboutFile).GroupBy(f => f.ServiceName, StringComparer.Ordinal).ToList();
            Files = findings.Where(f => f.IsAboutFile).ToList();
            WithoutFindings = AuditedServiceRecord.WithoutFindings(audited, Services.Select(s => s.Key));
            AsOf = findings.Select(f => f.AsOf).Concat(audited.Select(s => s.AsOf)).FirstOrDefault(d => d.Length > 0) ?? string.Empty;
        }

        public Language Language { get; }

        public IReadOnlyList<FindingRecord> Findings { get; }

        public IReadOnlyList<FindingRecord> Open { get; }

        public IReadOnlyList<string> Owners { get; }

        public IReadOnlyList<IGrouping<string, FindingRecord>> Services { get; }

        /// <summary>The findings about questionnaire files, not services (a file that cannot be read).</summary>
        public IReadOnlyList<FindingRecord> Files { get; }

        /// <summary>The services the report was told were audited (the audit's summary lines); empty when it was given findings alone.</summary>
        public IReadOnlyList<AuditedServiceRecord> Audited { get; }

        /// <summary>The services audited without findings (see <see cref="AuditedServiceRecord.WithoutFindings"/>), in the order they came.</summary>
        public IReadOnlyList<AuditedServiceRecord> WithoutFindings { get; }

        /// <summary>
        /// The line under the title: how many findings on how many services, as of when; with the
        /// services audited, how many of them have none; then the findings about questionnaire files, which no service count includes.
        /// </summary>
        public string AsOfLine()
        {
            var onServices = Findings.Count - Files.Count;
            var openOnServices = Open.Count - Files.Count(f => f.IsOpen);
            var line = Audited.Count == 0
                ? Label(MessageKey.ReportAsOf, AsOf, Services.Count, onServices, openOnServices)
                : Label(MessageKey.ReportAsOfAudited, AsOf, Services.Count, onServices, openOnServices, Audited.Select(s => s.ServiceName).Distinct(StringComparer.Ordinal).Count(), WithoutFindings.Count);
            if (Files.Count > 0)
                line = Sentences.Join(line, Label(MessageKey.ReportFileFindings, Files.Count, Files.Count(f => f.IsOpen), string.Join(", ", Files.Select(f => f.ServiceName).Distinct(StringComparer.Ordinal))));
            var notGiven = Audited.Count == 0 ? 0 : AuditedServiceRecord.FindingsNotGiven(Audited, Services.Select(s => s.Key));
            return notGiven == 0 ? line : Sentences.Join(line, Label(MessageKey.ReportFindingsNotGiven, notGiven));
        }

        /// <summary>What a findings table shows in its Service column: the service, or for a finding about a questionnaire file, the file, marked as one.</summary>
        public string ServiceCell(FindingRecord finding) => finding.IsAboutFile ? Label(MessageKey.ReportFileSubject, finding.ServiceName) : finding.ServiceName;

        public string AsOf { get; }

        public int Count(FindingSeverity severity, string? owner) => Open.Count(f => f.Severity == severity && (owner is null || f.Owner == owner));

        /// <summary>The open findings of a service in a rule family: how many, and the worst severity.</summary>
        public (int Count, FindingSeverity? Worst) Cell(IEnumerable<FindingRecord> service, string family)
        {
            var open = service.Where(f => f.IsOpen && f.Family == family).ToList();
            return (open.Count, open.Count == 0 ? null : open.Max(f => f.Severity));
        }

        public string Label(string key, params object?[] args) => Messages.Format(Language, key, args);

        public string FamilyLabel(string family) => Label("ReportFamily" + family);

        /// <summary>An owner in the report's language (利用者 for Customer); a value that names no owner, as it is.</summary>
        public string OwnerLabel(string owner) =>
            Array.IndexOf(Enum.GetNames(typeof(Model.Owner)), owner) >= 0 ? Label("ReportOwner" + owner) : owner;

        /// <summary>A severity in the report's language (高 for High); filters and data attributes keep the name.</summary>
        public string SeverityLabel(FindingSeverity severity) => Label("ReportSeverity" + severity);

        /// <summary>A status in the report's language (新規 for New).</summary>
        public string StatusLabel(FindingStatus status) => Label("ReportStatus" + status);

        /// <summary>A service's open findings in a cell: the worst severity and how many, "High (15)".</summary>
        public string WorstAndCount(FindingSeverity worst, int count) => Label(MessageKey.ReportWorstAndCount, SeverityLabel(worst), count);

        /// <summary>The finding's suppression in words; empty when none matched.</summary>
        public string Suppression(FindingRecord finding)
        {
            if (finding.Justification.Length == 0) return string.Empty;
            return finding.SuppressionExpired
                ? Label(MessageKey.ReportSuppressionExpired, finding.Expires, finding.Justification)
                : Label(MessageKey.ReportSuppressed, finding.Justification, finding.Approver, finding.Expires);
        }
    }
}
