#if !NETFRAMEWORK
using System;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Flushes a file being written to disk once a second, off the writing threads. A report is
    /// flushed to disk before it replaces the old one; without this the operating system holds
    /// gigabytes of a large report in memory until that last flush, which then waits for all of
    /// it (measured: 0.8 s at the end of a 3 GB report, with both cores idle). Small reports,
    /// written within the first second, never see it.
    /// </summary>
    internal sealed class BackgroundDiskFlush : IDisposable
    {
        private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

        private readonly SafeFileHandle handle;
        private readonly Timer timer;
        private int flushing;

        public BackgroundDiskFlush(SafeFileHandle handle)
        {
            this.handle = handle;
            timer = new Timer(_ => Flush(), null, Period, Period);
        }

        /// <summary>Stops flushing, waiting for a flush under way; the file may then be closed.</summary>
        public void Dispose()
        {
            using var stopped = new ManualResetEvent(false);
            if (timer.Dispose(stopped)) stopped.WaitOne();
        }

        private void Flush()
        {
            // A slow disk may take longer than the period: never two flushes at once.
            if (Interlocked.Exchange(ref flushing, 1) == 1) return;
            try
            {
                RandomAccess.FlushToDisk(handle);
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
