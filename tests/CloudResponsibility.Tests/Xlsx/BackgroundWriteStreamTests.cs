using System;
using System.IO;
using System.Linq;
using CloudResponsibility.Xlsx;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    public sealed class BackgroundWriteStreamTests
    {
        [Fact]
        public void Write_PiecesOverManyChunks_ReachTheInnerStreamInOrder()
        {
            var random = new Random(7);
            var expected = new byte[1_000_003];
            random.NextBytes(expected);
            var inner = new KeptStream();

            using (var stream = new BackgroundWriteStream(inner))
            {
                var at = 0;
                while (at < expected.Length)
                {
                    var count = Math.Min(expected.Length - at, random.Next(1, 200_000));
                    stream.Write(expected, at, count);
                    at += count;
                }
            }

            Assert.True(inner.WasDisposed);
            Assert.Equal(expected, inner.Kept);
        }

        [Fact]
        public void Dispose_NothingWritten_DisposesTheInnerStream()
        {
            var inner = new KeptStream();

            new BackgroundWriteStream(inner).Dispose();

            Assert.True(inner.WasDisposed);
            Assert.Empty(inner.Kept);
        }

        [Fact]
        public void InnerFailure_IsThrownByALaterWriteOrTheDisposal_AsItWas()
        {
            var inner = new KeptStream { FailAfter = 100_000 };
            var stream = new BackgroundWriteStream(inner);
            var chunk = new byte[50_000];

            var failure = Record.Exception(() =>
            {
                for (var i = 0; i < 100; i++) stream.Write(chunk, 0, chunk.Length);
                stream.Dispose();
            });

            var io = Assert.IsType<IOException>(failure);
            Assert.Equal("No space left on device", io.Message);
            stream.Dispose();
            Assert.True(inner.WasDisposed);
        }

        [Fact]
        public void Stream_IsWriteOnly()
        {
            using var stream = new BackgroundWriteStream(new KeptStream());

            Assert.True(stream.CanWrite);
            Assert.False(stream.CanRead);
            Assert.False(stream.CanSeek);
            Assert.Throws<NotSupportedException>(() => stream.Read(new byte[1], 0, 1));
        }

        private sealed class KeptStream : MemoryStream
        {
            public long FailAfter { get; set; } = long.MaxValue;

            public bool WasDisposed { get; private set; }

            public byte[] Kept => ToArray();

            public override void Write(byte[] buffer, int offset, int count)
            {
                if (Length + count > FailAfter) throw new IOException("No space left on device");
                base.Write(buffer, offset, count);
            }

            protected override void Dispose(bool disposing)
            {
                // Kept readable after disposal, for the assertions.
                WasDisposed = true;
            }
        }
    }
}
