using System;
using System.IO;

namespace CloudResponsibility.Streams
{
    /// <summary>The part every forward-only, read-only stream of this folder shares: it cannot seek or write.</summary>
    internal abstract class ReadOnlyStream : Stream
    {
        public sealed override bool CanRead => true;

        public sealed override bool CanSeek => false;

        public sealed override bool CanWrite => false;

        public sealed override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public sealed override void Flush()
        {
        }

        public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public sealed override void SetLength(long value) => throw new NotSupportedException();

        public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        /// <summary>Checks the arguments of <see cref="Stream.Read(byte[], int, int)"/>.</summary>
        protected static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            if (buffer is null) throw new ArgumentNullException(nameof(buffer));
            if (offset < 0 || count < 0 || offset > buffer.Length - count) throw new ArgumentOutOfRangeException(nameof(count));
        }
    }
}
