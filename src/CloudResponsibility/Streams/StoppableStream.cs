using System;
using System.IO;
using System.Threading;

namespace CloudResponsibility.Streams
{
    /// <summary>
    /// A stream that stops being read once a token is cancelled: every read checks it first and
    /// throws <see cref="OperationCanceledException"/>. Reading a file goes through it so that a
    /// stopped command stops the reader wherever it is, even inside a long stretch of blank lines
    /// or an oversized record that yields no row to check between.
    /// </summary>
    internal sealed class StoppableStream : ReadOnlyStream
    {
        private readonly Stream inner;
        private readonly CancellationToken cancellation;

        public StoppableStream(Stream inner, CancellationToken cancellation)
        {
            this.inner = inner;
            this.cancellation = cancellation;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            cancellation.ThrowIfCancellationRequested();
            return inner.Read(buffer, offset, count);
        }

#if NET
        public override int Read(Span<byte> buffer)
        {
            cancellation.ThrowIfCancellationRequested();
            return inner.Read(buffer);
        }
#endif

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
