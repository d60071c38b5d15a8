using System;
using System.IO;
using CloudResponsibility.Streams;
using Xunit;

namespace CloudResponsibility.Tests.Streams
{
    public sealed class ReplayableStreamTests
    {
        private static byte[] Input(int length)
        {
            var bytes = new byte[length];
            for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 31 % 251);
            return bytes;
        }

        private static byte[] ReadToEnd(Stream stream)
        {
            var copy = new MemoryStream();
            stream.CopyTo(copy, 7000);
            return copy.ToArray();
        }

        [Fact]
        public void Rewind_NothingReleasedOverMoreThanTheFirstBuffer_ReplaysEveryByte()
        {
            // A megabyte held at once: the history grows past the array it started with.
            var input = Input(1 << 20);
            using var stream = new ReplayableStream(new MemoryStream(input), leaveOpen: false);
            Assert.Equal(input, ReadToEnd(stream));
            stream.Rewind(12345);
            Assert.Equal(input.AsSpan(12345).ToArray(), ReadToEnd(stream));
        }

        [Fact]
        public void Rewind_BeforeTheReleasedPosition_Throws()
        {
            var input = Input(600 * 1024);
            using var stream = new ReplayableStream(new MemoryStream(input), leaveOpen: false);
            Assert.Equal(input, ReadToEnd(stream));
            stream.Release(500 * 1024);
            Assert.Throws<InvalidOperationException>(() => stream.Rewind(100));
            stream.Rewind(500 * 1024);
            Assert.Equal(input.AsSpan(500 * 1024).ToArray(), ReadToEnd(stream));
        }

        [Fact]
        public void Dispose_TwoStreamsOneAfterTheOther_EachReadsItsOwnInput()
        {
            // The second may be given the history array the first gave back.
            var first = Input(300 * 1024);
            var second = Input(200 * 1024);
            Array.Reverse(second);
            using (var stream = new ReplayableStream(new MemoryStream(first), leaveOpen: false))
                Assert.Equal(first, ReadToEnd(stream));
            using (var stream = new ReplayableStream(new MemoryStream(second), leaveOpen: false))
                Assert.Equal(second, ReadToEnd(stream));
        }
    }
}
