using System;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// One finding of an audit (Invoke-CloudAudit): a rule a service breaks, how severe, who must
    /// act under the service's matrix and what to do, the evidence (file, row and the answer or
    /// attribute that caused it), what changed since the baseline, and a <see cref="Fingerprint"/>
    /// that stays the same across runs while the fact is the same. Flat and immutable: a CSV or
    /// JSON report of findings reads back as the next run's baseline.
    /// </summary>
    public sealed class Finding
    {
        private readonly string? fingerprintServiceKey;
        private string? fingerprint;

        /// <summary>Creates a finding; the audit engine makes them, tests and other hosts may too.</summary>
        public Finding(
            string serviceName, string ruleId, FindingSeverity severity, FindingStatus status, string title, string detail, Owner owner, string subject,
            string? evidence, string? evidenceFile, long? evidenceRow, string? inventoryFile, long? inventoryRow, string fingerprint,
            ServiceModel? serviceModel = null, string? vendor = null, string? serviceOwner = null, FindingSeverity? baselineSeverity = null,
            string? suppressionJustification = null, string? suppressionApprover = null, DateTime? suppressionExpires = null, bool suppressionExpired = false,
            string? source = null, DateTime? asOf = null, Language language = Language.En, string? evaluatedRules = null, string? contractOverrides = null,
            string? action = null)
            : this(
                serviceName, ruleId, severity, status, title, detail, owner, subject, evidence, evidenceFile, evidenceRow, inventoryFile, inventoryRow, fingerprint, null,
                serviceModel, vendor, serviceOwner, baselineSeverity, suppressionJustification, suppressionApprover, suppressionExpires, suppressionExpired, source, asOf, language, evaluatedRules, contractOverrides,
                action)
        {
        }

        /// <summary>
        /// Creates a finding that hashes its fingerprint from the service's key, its rule and its
        /// subject when the fingerprint is first read: an audit without a baseline does not need
        /// it, and a report reads it on its writer thread.
        /// </summary>
        internal Finding(
            string serviceName, string ruleId, FindingSeverity severity, FindingStatus status, string title, string detail, Owner owner, string subject,
            string? evidence, string? evidenceFile, long? evidenceRow, string? inventoryFile, long? inventoryRow, string? fingerprint, string? fingerprintServiceKey,
            ServiceModel? serviceModel = null, string? vendor = null, string? serviceOwner = null, FindingSeverity? baselineSeverity = null,
            string? suppressionJustification = null, string? suppressionApprover = null, DateTime? suppressionExpires = null, bool suppressionExpired = false,
            string? source = null, DateTime? asOf = null, Language language = Language.En, string? evaluatedRules = null, string? contractOverrides = null,
            string? action = null)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("A finding needs a service.", nameof(serviceName));
            if (string.IsNullOrWhiteSpace(ruleId)) throw new ArgumentException("A finding needs a rule.", nameof(ruleId));
            if (string.IsNullOrWhiteSpace(fingerprint) && fingerprintServiceKey is null) throw new ArgumentException("A finding needs a fingerprint.", nameof(fingerprint));
            ServiceName = serviceName;
            RuleId = ruleId;
            Severity = severity;
            Status = status;
            Title = title ?? string.Empty;
            Detail = detail ?? string.Empty;
            Action = action ?? string.Empty;
            Owner = owner;
            Subject = subject ?? string.Empty;
            Evidence = evidence;
            EvidenceFile = evidenceFile;
            EvidenceRow = evidenceRow;
            InventoryFile = inventoryFile;
            InventoryRow = inventoryRow;
            this.fingerprint = string.IsNullOrWhiteSpace(fingerprint) ? null : fingerprint;
            this.fingerprintServiceKey = fingerprintServiceKey;
            ServiceModel = serviceModel;
            Vendor = vendor;
            ServiceOwner = serviceOwner;
            BaselineSeverity = baselineSeverity;
            SuppressionJustification = suppressionJustification;
            SuppressionApprover = suppressionApprover;
            SuppressionExpires = suppressionExpires;
            SuppressionExpired = suppressionExpired;
            Source = source;
            AsOf = asOf;
            Language = language;
            EvaluatedRules = evaluatedRules;
            ContractOverrides = contractOverrides;
        }

        /// <summary>The service, as the inventory names it (a questionnaire file's name when the file itself is the subject).</summary>
        [ReportColumn]
        public string ServiceName { get; }

        /// <summary>The rule's stable ID: <c>LEG-05</c>, <c>VND-01</c> … (audit-rules.csv).</summary>
        [ReportColumn]
        public string RuleId { get; }

        /// <summary>How urgent it is.</summary>
        [ReportColumn]
        public FindingSeverity Severity { get; }

        /// <summary>New, Unchanged, Worsened or Resolved against the baseline; Suppressed when an accepted risk covers it; Unverified when its service's inventory row could not be read this time (carried from the baseline).</summary>
        [ReportColumn]
        public FindingStatus Status { get; }

        /// <summary>What is wrong, in a line, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Title { get; }

        /// <summary>
        /// Who must act, from the service's matrix after contract overrides: the owner of the layers
        /// a vendor answer is about; the customer for what it must decide or obtain itself.
        /// </summary>
        [ReportColumn]
        public Owner Owner { get; }

        /// <summary>The person or team the inventory names for the service; empty when it names none.</summary>
        [ReportColumn]
        public string? ServiceOwner { get; }

        /// <summary>What the finding is about within the service: a questionnaire line, a legal point, a threat; part of the fingerprint.</summary>
        [ReportColumn]
        public string Subject { get; }

        /// <summary>The finding in full, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Detail { get; }

        /// <summary>
        /// What to do about it, in <see cref="Language"/>: the next step for whoever acts on the
        /// finding (what to ask the vendor, which questionnaire line to send again, which law,
        /// contract clause or inventory column to check), from the rule's action in audit-rules.csv.
        /// Empty for a finding read from a report of a version that had no actions.
        /// </summary>
        [ReportColumn]
        public string Action { get; }

        /// <summary>The answer or attribute that caused it, as read: <c>Answer=No</c>, <c>DataLocation=US &amp; MedicalData=true</c>.</summary>
        [ReportColumn]
        public string? Evidence { get; }

        /// <summary>The file the evidence is in: a questionnaire, or the inventory.</summary>
        [ReportColumn]
        public string? EvidenceFile { get; }

        /// <summary>The evidence's row in that file, as a spreadsheet numbers it.</summary>
        [ReportColumn]
        public long? EvidenceRow { get; }

        /// <summary>The inventory file the service was read from; empty for services piped in from objects.</summary>
        [ReportColumn]
        public string? InventoryFile { get; }

        /// <summary>The service's row in the inventory.</summary>
        [ReportColumn]
        public long? InventoryRow { get; }

        /// <summary>The service's model.</summary>
        [ReportColumn]
        public ServiceModel? ServiceModel { get; }

        /// <summary>The service's vendor.</summary>
        [ReportColumn]
        public string? Vendor { get; }

        /// <summary>The severity the baseline gave the same fact, when it had one.</summary>
        [ReportColumn]
        public FindingSeverity? BaselineSeverity { get; }

        /// <summary>Why the risk is accepted, from the suppression that matched (expired or not).</summary>
        [ReportColumn]
        public string? SuppressionJustification { get; }

        /// <summary>Who accepted the risk.</summary>
        [ReportColumn]
        public string? SuppressionApprover { get; }

        /// <summary>Until when the risk is accepted.</summary>
        [ReportColumn]
        public DateTime? SuppressionExpires { get; }

        /// <summary>Whether a suppression matched but had expired, and so no longer suppresses.</summary>
        [ReportColumn]
        public bool SuppressionExpired { get; }

        /// <summary>The source the rule cites: the catalog's or the guideline's section.</summary>
        [ReportColumn]
        public string? Source { get; }

        /// <summary>A stable hash of the service (normalised), the rule and the subject; never of row numbers.</summary>
        [ReportColumn]
        public string Fingerprint => fingerprint ??= FingerprintHash.Of(fingerprintServiceKey!, RuleId, Subject);

        /// <summary>The date the audit judged at.</summary>
        [ReportColumn]
        public DateTime? AsOf { get; }

        /// <summary>The language of <see cref="Title"/>, <see cref="Detail"/> and <see cref="Action"/>.</summary>
        [ReportColumn]
        public Language Language { get; }

        /// <summary>
        /// The IDs of the rules the audit evaluated for the service, separated by "; " (the same for
        /// every finding of a service in a run): the JUnit report's test cases, which pass for the
        /// rules the service did not break.
        /// </summary>
        [ReportColumn]
        public string? EvaluatedRules { get; }

        /// <summary>
        /// The contract's departures from the general split that the service's matrix holds, after
        /// the override file, as an inventory cell writes them (<c>Data=Customer:Clause 7.2; …</c>);
        /// empty when the general split holds. The HTML report's matrix is drawn from it.
        /// </summary>
        [ReportColumn]
        public string? ContractOverrides { get; }

        /// <summary>Whether the finding counts for -FailOn at <paramref name="threshold"/>: at or above it, and neither suppressed nor resolved.</summary>
        public bool Fails(FindingSeverity threshold) =>
            Severity >= threshold && Status != FindingStatus.Suppressed && Status != FindingStatus.Resolved;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{RuleId}: {Severity} {Status}";
    }
}
