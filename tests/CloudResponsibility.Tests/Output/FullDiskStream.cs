using System;
using System.IO;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>A file whose disk fills up: writes pass through until <c>capacity</c> bytes, then throw as a full disk does.</summary>
    internal sealed class FullDiskStream : Stream
    {
        private readonly Stream inner;
        private readonly long capacity;

        public FullDiskStream(Stream inner, long capacity)
        {
            this.inner = inner;
            this.capacity = capacity;
        }

        public override bool CanRead => false;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => true;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (inner.Length + count > capacity) throw new IOException("No space left on device");
            inner.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (inner.Length + buffer.Length > capacity) throw new IOException("No space left on device");
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => inner.SetLength(value);
    }
}
