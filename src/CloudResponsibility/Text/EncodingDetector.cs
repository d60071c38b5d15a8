using System;
using System.IO;
using System.Text;
using CloudResponsibility.Streams;
using CloudResponsibility.Text;

namespace CloudResponsibility.Text
{
    /// <summary>
    /// Tells the encoding of an inventory file from its first bytes, as Japanese spreadsheets
    /// leave them: a byte order mark names UTF-8, UTF-16 or UTF-32; without one, text that is
    /// valid UTF-8 over the first <see cref="SampleSize"/> bytes is UTF-8, and anything else is
    /// Shift_JIS (code page 932), which is what Excel on Japanese Windows writes as "CSV".
    /// </summary>
    public static class EncodingDetector
    {
        /// <summary>How many bytes are looked at: enough for thousands of rows, and never more, however large the file.</summary>
        public const int SampleSize = 64 * 1024;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: true);

        /// <summary>Shift_JIS, code page 932: the encoding of text that is not UTF-8.</summary>
        public static Encoding ShiftJis => CodePages.ShiftJis;

        /// <summary>
        /// Tells the encoding of a sample of the start of an input. A multi-byte UTF-8 sequence cut
        /// off at the end of a full sample does not count against UTF-8; a sample shorter than
        /// <see cref="SampleSize"/> is taken to be the whole input, which a cut sequence cannot end.
        /// </summary>
        /// <param name="sample">The first bytes of the input (at most <see cref="SampleSize"/> are looked at).</param>
        /// <param name="byteOrderMarkLength">The length of the byte order mark, which is not text: 0 without one.</param>
        public static Encoding Detect(ReadOnlySpan<byte> sample, out int byteOrderMarkLength)
        {
            var bom = FromByteOrderMark(sample, out byteOrderMarkLength);
            if (bom is not null) return bom;
            var cut = sample.Length >= SampleSize;
            if (cut) sample = sample.Slice(0, SampleSize);
            return IsValidUtf8(sample, allowCutEnd: cut) ? Utf8 : ShiftJis;
        }

        /// <summary>
        /// Tells the encoding of a stream from its first <see cref="SampleSize"/> bytes, without
        /// losing them: <paramref name="fromStart"/> reads the stream from where it was, byte
        /// order mark included. Disposing <paramref name="fromStart"/> leaves
        /// <paramref name="stream"/> open.
        /// </summary>
        public static Encoding Detect(Stream stream, out Stream fromStart)
        {
            var sample = ReadSample(stream, out var length);
            var encoding = Detect(new ReadOnlySpan<byte>(sample, 0, length), out _);
            fromStart = new PrefixedStream(sample, 0, length, stream, leaveOpen: true);
            return encoding;
        }

        /// <summary>
        /// Whether text without a byte order mark looks like UTF-16: NUL bytes in a third or more of
        /// the even or of the odd positions of its start, as ASCII text in UTF-16 has them. Such
        /// bytes read as UTF-8 give headers of letters and NULs that match no column.
        /// </summary>
        public static bool LooksLikeUtf16WithoutMark(ReadOnlySpan<byte> sample)
        {
            if (FromByteOrderMark(sample, out _) is not null) return false;
            var length = Math.Min(sample.Length, 4096) & ~1;
            if (length < 4) return false;
            int even = 0, odd = 0;
            for (var i = 0; i < length; i += 2)
            {
                if (sample[i] == 0) even++;
                if (sample[i + 1] == 0) odd++;
            }
            var pairs = length / 2;
            return even * 3 >= pairs || odd * 3 >= pairs;
        }

        /// <summary>The encoding a byte order mark names, or null without one.</summary>
        internal static Encoding? FromByteOrderMark(ReadOnlySpan<byte> sample, out int length)
        {
            length = 0;
            if (sample.Length >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF)
            {
                length = 3;
                return Utf8;
            }
            // UTF-32 LE before UTF-16 LE: its mark starts with the UTF-16 LE one.
            if (sample.Length >= 4 && sample[0] == 0xFF && sample[1] == 0xFE && sample[2] == 0 && sample[3] == 0)
            {
                length = 4;
                return Encoding.UTF32;
            }
            if (sample.Length >= 4 && sample[0] == 0 && sample[1] == 0 && sample[2] == 0xFE && sample[3] == 0xFF)
            {
                length = 4;
                return Utf32BigEndian;
            }
            if (sample.Length >= 2 && sample[0] == 0xFF && sample[1] == 0xFE)
            {
                length = 2;
                return Encoding.Unicode;
            }
            if (sample.Length >= 2 && sample[0] == 0xFE && sample[1] == 0xFF)
            {
                length = 2;
                return Encoding.BigEndianUnicode;
            }
            return null;
        }

        /// <summary>Reads up to <see cref="SampleSize"/> bytes: fewer only at the end of the input.</summary>
        internal static byte[] ReadSample(Stream stream, out int length)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            var sample = new byte[SampleSize];
            length = 0;
            while (length < sample.Length)
            {
                var n = stream.Read(sample, length, sample.Length - length);
                if (n == 0) break;
                length += n;
            }
            return sample;
        }

        /// <summary>
        /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or code points past
        /// U+10FFFF); with <paramref name="allowCutEnd"/>, a sequence that the end of the bytes cuts
        /// short is allowed.
        /// </summary>
        internal static bool IsValidUtf8(ReadOnlySpan<byte> bytes, bool allowCutEnd)
        {
            var i = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }
                int trailing;
                byte low = 0x80, high = 0xBF; // the range of the second byte, narrower after some leads
                if (b >= 0xC2 && b <= 0xDF) trailing = 1;
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    trailing = 2;
                    if (b == 0xE0) low = 0xA0;
                    else if (b == 0xED) high = 0x9F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    trailing = 3;
                    if (b == 0xF0) low = 0x90;
                    else if (b == 0xF4) high = 0x8F;
                }
                else return false;

                for (var k = 1; k <= trailing; k++)
                {
                    if (i + k >= bytes.Length) return allowCutEnd;
                    var c = bytes[i + k];
                    if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) return false;
                }
                i += trailing + 1;
            }
            return true;
        }
    }
}
