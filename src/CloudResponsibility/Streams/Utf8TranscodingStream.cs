using System;
using System.IO;
using System.Text;

namespace CloudResponsibility.Streams
{
    /// <summary>
    /// Turns text in another encoding (UTF-16, Shift_JIS) into UTF-8 as it is read. The CSV parser
    /// then always sees UTF-8, so its byte offsets are offsets in this stream, which the reader
    /// needs to read a stretch of it again after a bad quote. Invalid input becomes U+FFFD (whatever
    /// the encoding's own fallback), which the reader then reports rather than reads.
    /// </summary>
    internal sealed class Utf8TranscodingStream : ReadOnlyStream
    {
        private const int InputSize = 16 * 1024;

        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private readonly Stream inner;
        private readonly bool leaveOpen;
        private readonly Decoder decoder;
        private readonly Encoder encoder = Utf8.GetEncoder();
        private readonly byte[] input = new byte[InputSize];
        private readonly char[] chars;
        private readonly byte[] output;
        private int outputPosition;
        private int outputEnd;
        private bool finished;

        public Utf8TranscodingStream(Stream inner, Encoding encoding, bool leaveOpen)
        {
            this.inner = inner;
            this.leaveOpen = leaveOpen;
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
            decoder = strict.GetDecoder();
            // Room for the chars of a full input block plus those the decoder holds back from the block before.
            chars = new char[encoding.GetMaxCharCount(InputSize) + 4];
            output = new byte[Utf8.GetMaxByteCount(chars.Length)];
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            if (count == 0) return 0;
            if (!Fill()) return 0;
            var n = Math.Min(count, outputEnd - outputPosition);
            Buffer.BlockCopy(output, outputPosition, buffer, offset, n);
            outputPosition += n;
            return n;
        }

#if NET
        public override int Read(Span<byte> buffer)
        {
            if (buffer.Length == 0) return 0;
            if (!Fill()) return 0;
            var n = Math.Min(buffer.Length, outputEnd - outputPosition);
            output.AsSpan(outputPosition, n).CopyTo(buffer);
            outputPosition += n;
            return n;
        }
#endif

        /// <summary>Makes sure some output is waiting; false at the end of the input.</summary>
        private bool Fill()
        {
            while (outputPosition == outputEnd)
            {
                if (finished) return false;
                var read = inner.Read(input, 0, input.Length);
                var flush = read == 0;
                var charCount = decoder.GetChars(input, 0, read, chars, 0, flush);
                outputEnd = encoder.GetBytes(chars, 0, charCount, output, 0, flush);
                outputPosition = 0;
                finished = flush;
            }
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !leaveOpen) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
