using System;
using System.IO;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// A forward-only stream that counts what is read from it and, given a limit, throws when a
    /// read would go past it: the proof that a reader streams.
    /// </summary>
    internal sealed class CountingStream : Stream
    {
        private readonly Stream inner;

        public CountingStream(Stream inner, long limit = long.MaxValue)
        {
            this.inner = inner;
            Limit = limit;
        }

        /// <summary>The bytes read so far.</summary>
        public long BytesRead { get; private set; }

        /// <summary>The most bytes that may be read; may be raised once the test has seen what it wanted.</summary>
        public long Limit { get; set; }

        /// <summary>Whether the stream has been disposed.</summary>
        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            BytesRead += n;
            if (BytesRead > Limit) throw new InvalidOperationException($"Read {BytesRead} bytes, past the limit of {Limit}.");
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
