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

#if !NET8_0_OR_GREATER
        [ThreadStatic]
        private static SHA256? sha;
#endif

        /// <summary>32 lowercase hex digits (128 bits of SHA-256).</summary>
        public static string Of(string serviceName, string ruleId, string? subject)
        {
            if (serviceName is null) throw new ArgumentNullException(nameof(serviceName));
            if (ruleId is null) throw new ArgumentNullException(nameof(ruleId));
            return OfKey(ServiceKey(serviceName), ruleId, subject);
        }

        /// <summary>The fingerprint for a service's key (<see cref="ServiceKey"/>), made once per service.</summary>
        internal static string OfKey(string serviceKey, string ruleId, string? subject)
        {
            var text = string.Join("\n", Scheme, serviceKey, ruleId.Trim().ToUpperInvariant(), (subject ?? string.Empty).Trim().ToUpperInvariant());
#if NET8_0_OR_GREATER
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#else
            // One instance per thread: creating one per finding costs more than hashing the few bytes.
            var hash = (sha ??= SHA256.Create()).ComputeHash(Encoding.UTF8.GetBytes(text));
#endif
            var builder = new StringBuilder(32);
            for (var i = 0; i < 16; i++) builder.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return builder.ToString();
        }

        /// <summary>The service's name as findings compare it: trimmed, NFKC-normalised, upper case.</summary>
        public static string ServiceKey(string serviceName) => TextNormalizer.Normalize(serviceName).ToUpperInvariant();
    }
}
