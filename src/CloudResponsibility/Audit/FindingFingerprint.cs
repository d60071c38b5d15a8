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

        private const string HexDigits = "0123456789abcdef";

        private static readonly byte[] SchemeLine = Encoding.UTF8.GetBytes(Scheme + "\n");

        [ThreadStatic]
        private static byte[]? buffer;

        // One hasher and buffer per thread: an audit hashes every finding, and a hasher made per call costs more than the few bytes it hashes.
#if NET8_0_OR_GREATER
        [ThreadStatic]
        private static IncrementalHash? hasher;
#else
        [ThreadStatic]
        private static SHA256? hasher;
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
            var rule = ruleId.Trim().ToUpperInvariant();
            var subjectKey = (subject ?? string.Empty).Trim().ToUpperInvariant();
            // The hashed text, in UTF-8: the scheme, the service's key, the rule and the subject, a line each.
            var length = SchemeLine.Length + Encoding.UTF8.GetMaxByteCount(serviceKey.Length + rule.Length + subjectKey.Length) + 2;
            var text = buffer is { } held && held.Length >= length ? held : buffer = new byte[Math.Max(length, 256)];
            Array.Copy(SchemeLine, text, SchemeLine.Length);
            var end = SchemeLine.Length;
            end += Encoding.UTF8.GetBytes(serviceKey, 0, serviceKey.Length, text, end);
            text[end++] = (byte)'\n';
            end += Encoding.UTF8.GetBytes(rule, 0, rule.Length, text, end);
            text[end++] = (byte)'\n';
            end += Encoding.UTF8.GetBytes(subjectKey, 0, subjectKey.Length, text, end);
#if NET8_0_OR_GREATER
            Span<byte> hash = stackalloc byte[32];
            var sha = hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(text, 0, end);
            sha.GetHashAndReset(hash);
#else
            var hash = (hasher ??= SHA256.Create()).ComputeHash(text, 0, end);
#endif
            var digits = new char[32];
            for (var i = 0; i < 16; i++)
            {
                digits[2 * i] = HexDigits[hash[i] >> 4];
                digits[2 * i + 1] = HexDigits[hash[i] & 0xF];
            }
            return new string(digits);
        }

        /// <summary>The service's name as findings compare it: trimmed, NFKC-normalised, upper case.</summary>
        public static string ServiceKey(string serviceName) => TextNormalizer.Normalize(serviceName).ToUpperInvariant();
    }
}
