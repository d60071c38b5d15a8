using System;
using System.Collections.Generic;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// One audited service in one line (Invoke-CloudAudit -Summary): its findings of this run by
    /// severity and change, the rules evaluated and the contract's overrides. A service without
    /// findings has a line of zeros, which a findings report lists when given these lines. Findings resolved since the baseline are not
    /// counted here: they are found at the end of the run, and only the findings list them.
    /// </summary>
    public sealed class AuditSummary
    {
        private readonly int[] open = new int[5];

        internal AuditSummary(CloudService service, IReadOnlyList<Finding> findings, string evaluatedRules, string? contractOverrides, string? inventoryFile, long? inventoryRow, DateTime asOf)
        {
            Service = service ?? throw new ArgumentNullException(nameof(service));
            EvaluatedRules = evaluatedRules;
            ContractOverrides = contractOverrides;
            InventoryFile = inventoryFile;
            InventoryRow = inventoryRow;
            AsOf = asOf;
            Findings = findings.Count;
            foreach (var finding in findings)
            {
                switch (finding.Status)
                {
                    case FindingStatus.Suppressed:
                        Suppressed++;
                        continue;
                    case FindingStatus.New:
                        New++;
                        break;
                    case FindingStatus.Worsened:
                        Worsened++;
                        break;
                    case FindingStatus.Reopened:
                        Reopened++;
                        break;
                }
                open[(int)finding.Severity]++;
            }
        }

        /// <summary>The service audited.</summary>
        public CloudService Service { get; }

        /// <summary>The service's name.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>Its service model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>Its vendor.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>Who answers for it (the inventory's Owner).</summary>
        [ReportColumn]
        public string? ServiceOwner => Service.Owner;

        /// <summary>Its findings of this run, suppressed ones included.</summary>
        [ReportColumn]
        public int Findings { get; }

        /// <summary>Its open findings: neither suppressed nor resolved.</summary>
        [ReportColumn]
        public int Open => open[0] + open[1] + open[2] + open[3] + open[4];

        /// <summary>Open findings of Critical severity.</summary>
        [ReportColumn]
        public int Critical => open[(int)FindingSeverity.Critical];

        /// <summary>Open findings of High severity.</summary>
        [ReportColumn]
        public int High => open[(int)FindingSeverity.High];

        /// <summary>Open findings of Medium severity.</summary>
        [ReportColumn]
        public int Medium => open[(int)FindingSeverity.Medium];

        /// <summary>Open findings of Low severity.</summary>
        [ReportColumn]
        public int Low => open[(int)FindingSeverity.Low];

        /// <summary>Open findings of Info severity.</summary>
        [ReportColumn]
        public int Info => open[(int)FindingSeverity.Info];

        /// <summary>Findings not in the baseline.</summary>
        [ReportColumn]
        public int New { get; }

        /// <summary>Findings whose severity rose since the baseline.</summary>
        [ReportColumn]
        public int Worsened { get; }

        /// <summary>Findings the baseline had suppressed and nothing suppresses now: the acceptance expired or was withdrawn.</summary>
        [ReportColumn]
        public int Reopened { get; }

        /// <summary>Findings under an accepted risk that has not expired.</summary>
        [ReportColumn]
        public int Suppressed { get; }

        /// <summary>The rule IDs evaluated for the service, separated by "; ".</summary>
        [ReportColumn]
        public string EvaluatedRules { get; }

        /// <summary>
        /// The contract's departures from the general split that the service's matrix holds, as an
        /// inventory cell writes them (<c>Data=Shared</c>); empty when the general split holds. A
        /// findings report draws the matrix of a service without findings from it.
        /// </summary>
        [ReportColumn]
        public string? ContractOverrides { get; }

        /// <summary>The inventory file the service was read from; empty for a service piped in.</summary>
        [ReportColumn]
        public string? InventoryFile { get; }

        /// <summary>Its row there.</summary>
        [ReportColumn]
        public long? InventoryRow { get; }

        /// <summary>The date the audit judged at.</summary>
        [ReportColumn]
        public DateTime AsOf { get; }

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}: {Open} open";
    }
}
