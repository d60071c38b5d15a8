using System.IO;
#if !NETFRAMEWORK
using System;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;
#endif

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Flushes a file to disk in the background while it is still being written. A report is
    /// flushed to disk before it replaces the old one, and without this that flush waits for all
    /// of it: 0.2 s at the end of a 300 MB report written in 1.5 s (bench/README). On .NET
    /// Framework, which cannot flush a handle another thread writes to, only the last flush is made.
    /// </summary>
    internal sealed class DiskFlushAhead
    {
        /// <summary>How much the file grows between two flushes started here.</summary>
        public const long BytesPerFlush = 8L << 20;

#if !NETFRAMEWORK
        private readonly FileStream stream;
        private readonly SafeFileHandle handle;
        private long startedAt;
        private Task? flushing;
#endif

        /// <summary>How many flushes were started here.</summary>
        public int Started { get; private set; }

        /// <summary>Flushes <paramref name="stream"/>, which only the caller's thread writes to.</summary>
        public DiskFlushAhead(FileStream stream)
        {
#if !NETFRAMEWORK
            this.stream = stream;
            // Taken now, while the stream's buffer is empty: the property flushes it.
            handle = stream.SafeFileHandle;
#endif
        }

        /// <summary>Starts a flush if the file has grown enough since the last; called by the thread that writes.</summary>
        public void Written()
        {
#if !NETFRAMEWORK
            var length = stream.Position;
            if (length - startedAt < BytesPerFlush || flushing is { IsCompleted: false }) return;
            startedAt = length;
            Started++;
            flushing = Task.Run(Flush);
#endif
        }

        /// <summary>Waits for a flush under way, so the file may be closed.</summary>
        public void Wait()
        {
#if !NETFRAMEWORK
            flushing?.GetAwaiter().GetResult();
#endif
        }

#if !NETFRAMEWORK
        private void Flush()
        {
            try
            {
                RandomAccess.FlushToDisk(handle);
            }
            catch (Exception exception) when (exception is IOException || exception is ObjectDisposedException || exception is UnauthorizedAccessException)
            {
                // Only an early start: the flush before the move reports failures.
            }
        }
#endif
    }
}
