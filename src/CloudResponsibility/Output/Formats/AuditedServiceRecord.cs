using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Audit;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// A service the audit looked at, as a findings report reads it back from its cells: a line of
    /// <c>Invoke-CloudAudit -Summary</c> (an <see cref="AuditSummary"/>, or a row of its CSV read
    /// with Import-Csv) given to the report beside the findings, so that a service without findings
    /// is in the report too. Only ServiceName is required.
    /// </summary>
    internal sealed class AuditedServiceRecord
    {
        private static readonly string[] Required = { nameof(AuditSummary.ServiceName) };
        private readonly IReadOnlyDictionary<string, string> cells;

        private AuditedServiceRecord(IReadOnlyDictionary<string, string> cells) => this.cells = cells;

        public string ServiceName => this[nameof(AuditSummary.ServiceName)];
        public string ServiceModel => this[nameof(AuditSummary.ServiceModel)];
        public string Vendor => this[nameof(AuditSummary.Vendor)];
        public string ServiceOwner => this[nameof(AuditSummary.ServiceOwner)];
        public string AsOf => this[nameof(AuditSummary.AsOf)];
        public string ContractOverrides => this[nameof(AuditSummary.ContractOverrides)];

        /// <summary>The IDs of the rules the audit evaluated for the service; empty when the row does not say.</summary>
        public IReadOnlyList<string> EvaluatedRules =>
            this[nameof(AuditSummary.EvaluatedRules)].Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(id => id.Trim()).Where(id => id.Length > 0).ToList();

        /// <summary>
        /// The services of <paramref name="audited"/> whose lines count findings of which the report
        /// was given none (<paramref name="withFindings"/>: the service names of its findings): a
        /// report made from the lines alone would otherwise look clean.
        /// </summary>
        public static int FindingsNotGiven(IEnumerable<AuditedServiceRecord> audited, IEnumerable<string> withFindings)
        {
            var given = new HashSet<string>(withFindings, StringComparer.Ordinal);
            return audited.Where(service => !service.CountsNoFindings && !given.Contains(service.ServiceName)).Select(service => service.ServiceName).Distinct(StringComparer.Ordinal).Count();
        }

        /// <summary>Whether the line itself says the service has no findings (a Findings cell of 0, or none).</summary>
        public bool CountsNoFindings => this[nameof(AuditSummary.Findings)].Trim() is var count && (count.Length == 0 || count == "0");

        /// <summary>
        /// The services of <paramref name="audited"/> without findings, in their order, each once:
        /// those whose line counts none and that have no finding among those the report was given
        /// (<paramref name="withFindings"/>: the service names of its findings).
        /// </summary>
        public static List<AuditedServiceRecord> WithoutFindings(IEnumerable<AuditedServiceRecord> audited, IEnumerable<string> withFindings)
        {
            var seen = new HashSet<string>(withFindings, StringComparer.Ordinal);
            return audited.Where(service => service.CountsNoFindings && seen.Add(service.ServiceName)).ToList();
        }

        /// <summary>A cell by column name; empty when absent.</summary>
        public string this[string column] => cells.TryGetValue(column, out var value) ? value : string.Empty;

        /// <summary>Whether a row with these columns is a line of the audit's summary rather than a finding: it counts findings, and names no rule.</summary>
        public static bool IsOne(IReadOnlyList<string> columns) =>
            Has(columns, nameof(AuditSummary.Findings)) && Has(columns, nameof(AuditSummary.Open)) && !Has(columns, nameof(Finding.RuleId));

        /// <summary>Reads row <paramref name="row"/> of a report (from 1).</summary>
        /// <exception cref="NotAFindingException">The row has no service name.</exception>
        public static AuditedServiceRecord Read(IReadOnlyList<string> columns, IReadOnlyList<object?> values, long row)
        {
            var cells = ReportCells.ByName(columns, values);
            foreach (var column in Required)
                if (!cells.TryGetValue(column, out var value) || value.Length == 0)
                    throw new NotAFindingException(row, column, null, Required);
            return new AuditedServiceRecord(cells);
        }

        private static bool Has(IReadOnlyList<string> columns, string name) =>
            columns.Any(column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase));
    }
}
