using System;
using System.Security.Cryptography;
using System.Text;
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
        // The scheme's name is hashed too: a future scheme yields other fingerprints, never colliding ones.
        private const string Scheme = "cloudresponsibility/finding/v1";

        /// <summary>32 lowercase hex digits (128 bits of SHA-256).</summary>
        public static string Of(string serviceName, string ruleId, string? subject)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            if (ruleId is null) throw new ArgumentNullException(nameof(ruleId));
            var text = string.Join("\n", Scheme, ServiceKey(serviceName), ruleId.Trim().ToUpperInvariant(), (subject ?? string.Empty).Trim().ToUpperInvariant());
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var builder = new StringBuilder(32);
            for (var i = 0; i < 16; i++) builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        /// <summary>The service's name as findings compare it: trimmed, NFKC-normalised, upper case.</summary>
        public static string ServiceKey(string serviceName) => TextNormalizer.Normalize(serviceName).ToUpperInvariant();
    }
}
