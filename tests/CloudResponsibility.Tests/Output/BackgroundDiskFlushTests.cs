using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The flush that runs beside a report's writes, so the last one before the move has little left.</summary>
    public sealed class BackgroundDiskFlushTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Fact]
        public void AFileThatGrowsByTheFlushSize_IsFlushedWhileItIsWritten()
        {
            using var handle = File.OpenHandle(Path.Combine(directory.Path, "growing.csv"), FileMode.CreateNew, FileAccess.ReadWrite);
            using var flush = new BackgroundDiskFlush(handle);
            RandomAccess.Write(handle, new byte[DiskFlushSchedule.BytesPerFlush], 0);
            // Checked ten times a second; a busy test machine may delay the timer, not the outcome.
            var deadline = Stopwatch.StartNew();
            while (flush.FlushCount == 0 && deadline.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(20);
            Assert.Equal(1, flush.FlushCount);
        }

        [Fact]
        public void AFileThatDoesNotGrow_IsNeverFlushed()
        {
            using var handle = File.OpenHandle(Path.Combine(directory.Path, "idle.csv"), FileMode.CreateNew, FileAccess.ReadWrite);
            using var flush = new BackgroundDiskFlush(handle);
            Thread.Sleep(DiskFlushSchedule.CheckPeriod * 12);
            Assert.Equal(0, flush.FlushCount);
        }
    }
}
