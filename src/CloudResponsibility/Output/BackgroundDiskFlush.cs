#if !NETFRAMEWORK
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Flushes a file being written to disk as it grows, off the writing threads. A report is
    /// flushed to disk before it replaces the old one, and that last flush waits for whatever the
    /// operating system still holds in memory: gigabytes of a large report without this (0.8 s at
    /// the end of a 3 GB report), and all of a small one when it is written in less than a second
    /// (a fifth of a 30 MB report's run). See <see cref="DiskFlushSchedule"/> for how often.
    /// </summary>
    internal sealed class BackgroundDiskFlush : IDisposable
    {
        private readonly SafeFileHandle handle;
        private readonly Timer timer;
        private readonly DiskFlushSchedule schedule = new DiskFlushSchedule(Stopwatch.GetTimestamp());
        private int flushing;
        private int flushCount;

        public BackgroundDiskFlush(SafeFileHandle handle)
        {
            this.handle = handle;
            timer = new Timer(_ => FlushIfDue(), null, DiskFlushSchedule.CheckPeriod, DiskFlushSchedule.CheckPeriod);
        }

        /// <summary>How many times the file has been flushed so far.</summary>
        public int FlushCount => Volatile.Read(ref flushCount);

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
                if (!schedule.IsDue(length, Stopwatch.GetTimestamp())) return;
                RandomAccess.FlushToDisk(handle);
                schedule.Flushed(length, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref flushCount);
            }
            catch (Exception exception) when (exception is IOException || exception is ObjectDisposedException || exception is UnauthorizedAccessException)
            {
                // Only an early start: the flush before the file replaces the old one reports failures.
            }
            finally
            {
                Volatile.Write(ref flushing, 0);
            }
        }
    }
}
#endif
