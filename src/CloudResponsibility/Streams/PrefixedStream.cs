using System;
using System.IO;

namespace CloudResponsibility.Streams
{
    /// <summary>
    /// Bytes already taken from a stream (the sample the encoding was detected from), then the rest
    /// of that stream: the reader sees the input from its start without it having to seek.
    /// </summary>
    internal sealed class PrefixedStream : ReadOnlyStream
    {
        private readonly byte[] prefix;
        private readonly int prefixEnd;
        private readonly Stream rest;
        private readonly bool leaveOpen;
        private int prefixPosition;

        public PrefixedStream(byte[] prefix, int start, int end, Stream rest, bool leaveOpen)
        {
            this.prefix = prefix;
            prefixPosition = start;
            prefixEnd = end;
            this.rest = rest;
            this.leaveOpen = leaveOpen;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            if (prefixPosition < prefixEnd)
            {
                var n = Math.Min(count, prefixEnd - prefixPosition);
                Buffer.BlockCopy(prefix, prefixPosition, buffer, offset, n);
                prefixPosition += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }

#if NET
        public override int Read(Span<byte> buffer)
        {
            if (prefixPosition < prefixEnd)
            {
                var n = Math.Min(buffer.Length, prefixEnd - prefixPosition);
                prefix.AsSpan(prefixPosition, n).CopyTo(buffer);
                prefixPosition += n;
                return n;
            }
            return rest.Read(buffer);
        }
#endif

        protected override void Dispose(bool disposing)
        {
            if (disposing && !leaveOpen) rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
