using System;
using System.Text;

namespace CloudResponsibility.Text
{
    /// <summary>UTF-8 helpers for the raw bytes of records, which only error paths and rare checks decode.</summary>
    internal static class Utf8Text
    {
        /// <summary>The text of UTF-8 bytes; invalid sequences become U+FFFD.</summary>
        public static string Decode(ReadOnlySpan<byte> bytes)
        {
#if NET
            return Encoding.UTF8.GetString(bytes);
#else
            return Encoding.UTF8.GetString(bytes.ToArray());
#endif
        }

        /// <summary>Whether the bytes are empty or only whitespace; the ASCII blanks are checked without decoding.</summary>
        public static bool IsBlank(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b == ' ' || b == '\t') continue;
                if (b < 0x80) return false;
                return string.IsNullOrWhiteSpace(Decode(bytes));
            }
            return true;
        }
    }
}
