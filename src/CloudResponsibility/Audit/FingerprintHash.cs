using System;
using System.Security.Cryptography;
using System.Text;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The hash behind a finding's fingerprint: SHA-256 of the scheme, the service's key, the rule
    /// and the subject (upper case, trimmed), a line each, as 32 lowercase hex digits. Here, beside
    /// <see cref="Finding"/>, so that a finding can hash itself when its fingerprint is first read.
    /// </summary>
    internal static class FingerprintHash
    {
        // The scheme's name is hashed too: a future scheme yields other fingerprints, never colliding ones.
        private const string Scheme = "cloudresponsibility/finding/v1";

        private const string HexDigits = "0123456789abcdef";

        private static readonly byte[] SchemeLine = Encoding.UTF8.GetBytes(Scheme + "\n");

        // One hasher and buffer per thread: an audit hashes every finding, and a hasher made per call costs more than the few bytes it hashes.
        [ThreadStatic]
        private static byte[]? buffer;

#if NET8_0_OR_GREATER
        [ThreadStatic]
        private static IncrementalHash? hasher;
#else
        [ThreadStatic]
        private static SHA256? hasher;
#endif

        /// <summary>The fingerprint for a service's key (FindingFingerprint.ServiceKey, made once per service), a rule and a subject.</summary>
        internal static string Of(string serviceKey, string ruleId, string? subject)
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
    }
}
