#if !NETFRAMEWORK
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Flushes a file to disk while it is written, off the writing threads, so that the flush before
    /// a report replaces the old file has little left to wait for: whenever the file has grown by
    /// <see cref="BytesPerFlush"/> since the last flush (looked at every <see cref="CheckPeriod"/>),
    /// and at least once a second while it grows at all.
    /// </summary>
    internal sealed class BackgroundDiskFlush : IDisposable
    {
        private const long BytesPerFlush = 4L << 20;
        private static readonly TimeSpan CheckPeriod = TimeSpan.FromMilliseconds(100);
        private static readonly TimeSpan MaxBetweenFlushes = TimeSpan.FromSeconds(1);

        private readonly SafeFileHandle handle;
        private readonly Timer timer;
        private readonly Stopwatch sinceFlush = Stopwatch.StartNew();
        private long flushedLength;
        private int flushing;

        public BackgroundDiskFlush(SafeFileHandle handle)
        {
            this.handle = handle;
            timer = new Timer(_ => FlushIfDue(), null, CheckPeriod, CheckPeriod);
        }

        /// <summary>Stops flushing, waiting for a flush under way; the file may then be closed.</summary>
        public void Dispose()
        {
            using var stopped = new ManualResetEvent(false);
            if (timer.Dispose(stopped)) stopped.WaitOne();
        }

        private void FlushIfDue()
        {
            // A slow disk may take longer than the period: never two flushes at once.
            if (Interlocked.Exchange(ref flushing, 1) == 1) return;
            try
            {
                var length = RandomAccess.GetLength(handle);
                var grown = length - flushedLength;
                if (grown < BytesPerFlush && (grown == 0 || sinceFlush.Elapsed < MaxBetweenFlushes)) return;
                RandomAccess.FlushToDisk(handle);
                flushedLength = length;
                sinceFlush.Restart();
            }
            catch (Exception exception) when (exception is IOException || exception is ObjectDisposedException || exception is UnauthorizedAccessException)
            {
                // Only an early start: the flush before the move reports failures.
            }
            finally
            {
                Volatile.Write(ref flushing, 0);
            }
        }
    }
}
#endif
