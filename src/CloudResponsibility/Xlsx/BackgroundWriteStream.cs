using System;
using System.Buffers;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using CloudResponsibility.Output;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// A write-only stream whose bytes reach the inner stream on a thread of its own, in chunks.
    /// A worksheet's part is deflated as it is written, and deflating costs more than half of what
    /// writing the XML does: on a thread of its own it runs beside it. Disposing it waits for the
    /// last chunk and disposes the inner stream. A failure of the inner stream is thrown once, by
    /// the next write or else by the disposal.
    /// </summary>
    internal sealed class BackgroundWriteStream : Stream
    {
        private const int ChunkSize = 1 << 16;
        private const int QueuedChunks = 4;

        private readonly Stream inner;
        private readonly HandOffQueue<Chunk> queue = new HandOffQueue<Chunk>(QueuedChunks);
        private readonly Thread thread;
        private byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        private int length;
        private ExceptionDispatchInfo? failure;
        private bool failureThrown;
        private bool disposed;

        public BackgroundWriteStream(Stream inner)
        {
            this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
            thread = new Thread(WriteChunks) { IsBackground = true, Name = "CloudResponsibility workbook part" };
            thread.Start();
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !disposed;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (disposed) throw new ObjectDisposedException(nameof(BackgroundWriteStream));
            while (count > 0)
            {
                var piece = Math.Min(count, ChunkSize - length);
                Buffer.BlockCopy(buffer, offset, chunk, length, piece);
                length += piece;
                offset += piece;
                count -= piece;
                if (length == ChunkSize) HandOver();
            }
        }

        /// <summary>Nothing to do: the bytes are the inner stream's once the stream is disposed.</summary>
        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposed || !disposing)
            {
                base.Dispose(disposing);
                return;
            }
            disposed = true;
            try
            {
                if (length > 0 && failure is null) queue.Add(new Chunk(chunk, length));
                else ArrayPool<byte>.Shared.Return(chunk);
                queue.CompleteAdding();
                thread.Join();
                ThrowFailure();
            }
            finally
            {
                inner.Dispose();
                base.Dispose(disposing);
            }
        }

        private void HandOver()
        {
            ThrowFailure();
            queue.Add(new Chunk(chunk, length));
            chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            length = 0;
        }

        private void ThrowFailure()
        {
            if (failure is null || failureThrown) return;
            failureThrown = true;
            failure.Throw();
        }

        private void WriteChunks()
        {
            Chunk? taken;
            while ((taken = queue.Take()) is not null)
            {
                // After a failure keep taking chunks, so that the writer never waits on a full queue.
                if (failure is null)
                {
                    try
                    {
                        inner.Write(taken.Bytes, 0, taken.Length);
                    }
                    catch (Exception exception)
                    {
                        failure = ExceptionDispatchInfo.Capture(exception);
                    }
                }
                ArrayPool<byte>.Shared.Return(taken.Bytes);
            }
        }

        private sealed class Chunk
        {
            public Chunk(byte[] bytes, int length)
            {
                Bytes = bytes;
                Length = length;
            }

            public byte[] Bytes { get; }

            public int Length { get; }
        }
    }
}
