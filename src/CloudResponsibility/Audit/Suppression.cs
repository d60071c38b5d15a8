using System;
using System.Text.RegularExpressions;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// An accepted risk: the findings of a rule (or of rules matching a wildcard) for a service (or
    /// services matching a wildcard), why, until when, and who accepted it. Wildcards are * and ?,
    /// matched ignoring case. Immutable.
    /// </summary>
    public sealed class Suppression
    {
        private readonly Regex servicePattern;
        private readonly Regex rulePattern;

        /// <summary>Creates a suppression.</summary>
        public Suppression(string serviceName, string ruleId, string justification, DateTime? expires = null, string? approver = null, string? file = null, long? row = null)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("A suppression needs a service name or a wildcard.", nameof(serviceName));
            if (string.IsNullOrWhiteSpace(ruleId)) throw new ArgumentException("A suppression needs a rule ID or a wildcard.", nameof(ruleId));
            if (string.IsNullOrWhiteSpace(justification)) throw new ArgumentException("A suppression needs a justification.", nameof(justification));
            ServiceName = serviceName.Trim();
            RuleId = ruleId.Trim();
            Justification = justification.Trim();
            Expires = expires?.Date;
            Approver = string.IsNullOrWhiteSpace(approver) ? null : approver!.Trim();
            File = file;
            Row = row;
            servicePattern = Glob(FindingFingerprint.ServiceKey(ServiceName));
            rulePattern = Glob(RuleId.ToUpperInvariant());
        }

        /// <summary>The service's name, or a wildcard.</summary>
        public string ServiceName { get; }

        /// <summary>The rule's ID, or a wildcard (<c>VND-*</c>).</summary>
        public string RuleId { get; }

        /// <summary>Why the risk is accepted.</summary>
        public string Justification { get; }

        /// <summary>The last day the risk is accepted; null for no end.</summary>
        public DateTime? Expires { get; }

        /// <summary>Who accepted it.</summary>
        public string? Approver { get; }

        /// <summary>The suppression file.</summary>
        public string? File { get; }

        /// <summary>The row in that file.</summary>
        public long? Row { get; }

        /// <summary>Whether it has expired by <paramref name="asOf"/> (it still holds on its last day).</summary>
        public bool IsExpired(DateTime asOf) => Expires is DateTime last && last < asOf.Date;

        /// <summary>Whether it names the service and the rule.</summary>
        public bool Matches(string serviceName, string ruleId) =>
            rulePattern.IsMatch(ruleId.Trim().ToUpperInvariant()) && servicePattern.IsMatch(FindingFingerprint.ServiceKey(serviceName));

        private static Regex Glob(string pattern) =>
            new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{RuleId}";
    }
}
