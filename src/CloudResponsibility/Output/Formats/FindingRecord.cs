using System;
using System.Collections.Generic;
using System.Globalization;
using CloudResponsibility.Audit;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// A finding as a findings report reads it back from its cells, by column name: from Finding
    /// objects, or from the rows of a findings CSV read with Import-Csv. Only ServiceName, RuleId,
    /// Severity and Fingerprint are required.
    /// </summary>
    internal sealed class FindingRecord
    {
        private readonly IReadOnlyDictionary<string, string> cells;

        private FindingRecord(IReadOnlyDictionary<string, string> cells, FindingSeverity severity, FindingStatus status)
        {
            this.cells = cells;
            Severity = severity;
            Status = status;
        }

        /// <summary>The columns a findings report needs.</summary>
        public static readonly string[] Required = { nameof(Finding.ServiceName), nameof(Finding.RuleId), nameof(Finding.Severity), nameof(Finding.Fingerprint) };

        public string ServiceName => this[nameof(Finding.ServiceName)];
        public string RuleId => this[nameof(Finding.RuleId)];
        public FindingSeverity Severity { get; }
        public FindingStatus Status { get; }
        public string Title => this[nameof(Finding.Title)];
        public string Detail => this[nameof(Finding.Detail)];
        public string Action => this[nameof(Finding.Action)];
        public string Owner => this[nameof(Finding.Owner)];
        public string ServiceOwner => this[nameof(Finding.ServiceOwner)];
        public string Subject => this[nameof(Finding.Subject)];
        public string Evidence => this[nameof(Finding.Evidence)];
        public string EvidenceFile => this[nameof(Finding.EvidenceFile)];
        public long? EvidenceRow => Number(nameof(Finding.EvidenceRow));
        public string InventoryFile => this[nameof(Finding.InventoryFile)];
        public long? InventoryRow => Number(nameof(Finding.InventoryRow));
        public string Fingerprint => this[nameof(Finding.Fingerprint)];
        public string ServiceModel => this[nameof(Finding.ServiceModel)];
        public string Justification => this[nameof(Finding.SuppressionJustification)];
        public string Approver => this[nameof(Finding.SuppressionApprover)];
        public string Expires => this[nameof(Finding.SuppressionExpires)];
        public bool SuppressionExpired => string.Equals(this[nameof(Finding.SuppressionExpired)], "True", StringComparison.OrdinalIgnoreCase);
        public string Source => this[nameof(Finding.Source)];
        public string Language => this[nameof(Finding.Language)];
        public string AsOf => this[nameof(Finding.AsOf)];
        public string EvaluatedRules => this[nameof(Finding.EvaluatedRules)];
        public string ContractOverrides => this[nameof(Finding.ContractOverrides)];

        /// <summary>The rule's family, as the per-service matrix groups rules: LEG, VND, QST, OWN, INV, THR.</summary>
        public string Family => RuleId.IndexOf('-') is var dash && dash > 0 ? RuleId.Substring(0, dash).ToUpperInvariant() : RuleId;

        /// <summary>
        /// Whether the finding is about a questionnaire file rather than a service (QST-03, a file
        /// that cannot be read): its ServiceName is the file's name, and reports count it apart
        /// from the services.
        /// </summary>
        public bool IsAboutFile => string.Equals(RuleId, AuditRuleIds.UnreadableQuestionnaire, StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the finding is open: neither suppressed nor resolved.</summary>
        public bool IsOpen => Status != FindingStatus.Suppressed && Status != FindingStatus.Resolved;

        /// <summary>Whether it fails a run at <paramref name="threshold"/>.</summary>
        public bool Fails(FindingSeverity threshold) => IsOpen && Severity >= threshold;

        /// <summary>A cell by column name; empty when absent.</summary>
        public string this[string column] => cells.TryGetValue(column, out var value) ? value : string.Empty;

        /// <summary>Reads row <paramref name="row"/> of a report (from 1).</summary>
        /// <exception cref="NotAFindingException">A required cell is missing, or a severity or status is unknown.</exception>
        public static FindingRecord Read(IReadOnlyList<string> columns, IReadOnlyList<object?> values, long row)
        {
            var cells = ReportCells.ByName(columns, values);
            foreach (var column in Required)
                if (!cells.TryGetValue(column, out var value) || value.Length == 0)
                    throw new NotAFindingException(row, column, null, Required);
            var severityText = cells[nameof(Finding.Severity)];
            if (!TryEnum<FindingSeverity>(severityText, out var severity))
                throw new NotAFindingException(row, nameof(Finding.Severity), severityText, Enum.GetNames(typeof(FindingSeverity)));
            var status = FindingStatus.New;
            if (cells.TryGetValue(nameof(Finding.Status), out var statusText) && statusText.Length > 0 && !TryEnum(statusText, out status))
                throw new NotAFindingException(row, nameof(Finding.Status), statusText, Enum.GetNames(typeof(FindingStatus)));
            return new FindingRecord(cells, severity, status);
        }

        private long? Number(string column) => long.TryParse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

        private static bool TryEnum<T>(string text, out T value) where T : struct =>
            Enum.TryParse(text.Trim(), true, out value) && Enum.IsDefined(typeof(T), value) && !char.IsDigit(text.Trim()[0]);
    }
}
