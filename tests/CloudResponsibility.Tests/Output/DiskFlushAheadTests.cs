using System.IO;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>Flushing a report to disk while it is written, so that committing it waits only for the rest.</summary>
    public sealed class DiskFlushAheadTests : System.IDisposable
    {
        private const int Chunk = 1 << 20;
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Fact]
        public void Written_StartsAFlushEachTimeTheFileHasGrownEnough_AndNotBefore()
        {
            using var stream = new FileStream(Path.Combine(directory.Path, "report.csv"), FileMode.CreateNew, FileAccess.ReadWrite);
            var flush = new DiskFlushAhead(stream);
            var chunk = new byte[Chunk];
            var chunksPerFlush = (int)(DiskFlushAhead.BytesPerFlush / Chunk);
            for (var i = 1; i < chunksPerFlush; i++)
            {
                stream.Write(chunk, 0, chunk.Length);
                flush.Written();
            }
            Assert.Equal(0, flush.Started);

            stream.Write(chunk, 0, chunk.Length);
            flush.Written();
            flush.Wait();
            Assert.Equal(1, flush.Started);

            for (var i = 0; i < chunksPerFlush; i++)
            {
                stream.Write(chunk, 0, chunk.Length);
                flush.Wait();
                flush.Written();
            }
            flush.Wait();
            Assert.Equal(2, flush.Started);
        }

        [Fact]
        public void AReportFlushedAheadIsCommittedWhole()
        {
            var path = Path.Combine(directory.Path, "report.csv");
            var chunk = new byte[Chunk];
            for (var i = 0; i < chunk.Length; i++) chunk[i] = (byte)('a' + i % 26);
            var chunks = (int)(3 * DiskFlushAhead.BytesPerFlush / Chunk) + 1;
            using (var file = new AtomicFile(path))
            {
                for (var i = 0; i < chunks; i++)
                {
                    file.Stream.Write(chunk, 0, chunk.Length);
                    file.FlushAhead();
                }
                file.Commit();
            }
            var written = File.ReadAllBytes(path);
            Assert.Equal((long)chunks * Chunk, written.Length);
            Assert.Equal(chunk, written[^Chunk..]);
            Assert.Single(Directory.GetFiles(directory.Path));
        }
    }
}
