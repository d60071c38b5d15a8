using System;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The fingerprint of a finding: a hash of the service's name (normalised: case, width and
    /// surrounding spaces do not count), the rule and the subject — never of a row number or a
    /// file, so that it stays the same across runs and when the inventory's rows are reordered.
    /// </summary>
    public static class FindingFingerprint
    {
        /// <summary>32 lowercase hex digits (128 bits of SHA-256).</summary>
        public static string Of(string serviceName, string ruleId, string? subject)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            if (ruleId is null) throw new ArgumentNullException(nameof(ruleId));
            return FingerprintHash.Of(ServiceKey(serviceName), ruleId, subject);
        }

        /// <summary>The service's name as findings compare it: trimmed, NFKC-normalised, upper case.</summary>
        public static string ServiceKey(string serviceName) => TextNormalizer.Normalize(serviceName).ToUpperInvariant();
    }
}
