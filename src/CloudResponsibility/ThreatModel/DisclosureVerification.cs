using System;
using System.Collections.Generic;
using CloudResponsibility.Disclosure;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// What the vendor's answers (Test-VendorDisclosure results) say of each provider measure of
    /// each service: a measure is verified when every line that verifies it passed or does not
    /// apply, and unverified, with the worst outcome, when one failed, is missing, expired, lacks
    /// evidence, was answered in part or with none of the accepted answers. A line verifies only the measures the catalog links to it
    /// (its own, not all of its check's), so one missing answer leaves only what it asks about unverified.
    /// </summary>
    public sealed class DisclosureVerification
    {
        // Worst first: the outcome a reader must act on before the others.
        private static readonly DisclosureOutcome[] Severity =
        {
            DisclosureOutcome.Fail, DisclosureOutcome.Expired, DisclosureOutcome.Missing, DisclosureOutcome.Unreadable, DisclosureOutcome.NoEvidence, DisclosureOutcome.Partial,
        };

        private readonly Dictionary<string, Dictionary<string, DisclosureOutcome?>> byService =
            new Dictionary<string, Dictionary<string, DisclosureOutcome?>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>No answers: every measure is not assessed.</summary>
        public static DisclosureVerification None { get; } = new DisclosureVerification();

        /// <summary>Whether any answer was added.</summary>
        public bool IsEmpty => byService.Count == 0;

        /// <summary>Adds a judged line; lines of unknown IDs verify nothing.</summary>
        public void Add(DisclosureResult result)
        {
            if (result is null) throw new ArgumentNullException(nameof(result));
            if (!byService.TryGetValue(result.ServiceName.Trim(), out var controls))
                byService[result.ServiceName.Trim()] = controls = new Dictionary<string, DisclosureOutcome?>(StringComparer.Ordinal);
            var unfavourable = IsUnfavourable(result.Outcome);
            foreach (var control in result.ProviderControlIds)
            {
                controls.TryGetValue(control, out var worst);
                controls[control] = unfavourable ? Worse(worst, result.Outcome) : worst;
            }
        }

        /// <summary>What the answers say of a service's measure.</summary>
        public (MitigationVerification Verification, DisclosureOutcome? Outcome) Of(string serviceName, string controlId)
        {
            if (!byService.TryGetValue(serviceName.Trim(), out var controls) || !controls.TryGetValue(controlId, out var worst))
                return (MitigationVerification.NotAssessed, null);
            return worst is null ? (MitigationVerification.Verified, null) : (MitigationVerification.Unverified, worst);
        }

        /// <summary>Whether answers were given for the service.</summary>
        public bool Covers(string serviceName) => byService.ContainsKey(serviceName.Trim());

        private static bool IsUnfavourable(DisclosureOutcome outcome) => Array.IndexOf(Severity, outcome) >= 0;

        private static DisclosureOutcome Worse(DisclosureOutcome? current, DisclosureOutcome candidate) =>
            current is { } known && Array.IndexOf(Severity, known) <= Array.IndexOf(Severity, candidate) ? known : candidate;
    }
}
