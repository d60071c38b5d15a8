using System;
using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// A file written beside its destination under a temporary name and moved over it only when
    /// complete, so a failure, a stopped pipeline or a crash leaves the old file intact and never a
    /// half-written one (a scheduled job at 3 a.m. must not corrupt last night's report).
    /// </summary>
    public sealed class AtomicFile : IDisposable
    {
        private readonly FileStream stream;
        private readonly DiskFlushAhead flushAhead;
        private readonly bool replaceReadOnly;
        private readonly bool noClobber;
        private bool committed;

        /// <summary>
        /// Opens a temporary file for <paramref name="destination"/>; with <paramref name="keepExistingContent"/>
        /// it starts as a copy of the destination, for appending. With <paramref name="replaceReadOnly"/>
        /// a read-only destination is replaced, and the new file is read-only as the old one was. With
        /// <paramref name="noClobber"/> the move never replaces a file: one that appeared meanwhile makes
        /// <see cref="Commit"/> throw an <see cref="IOException"/>, and the content is discarded.
        /// </summary>
        public AtomicFile(string destination, bool keepExistingContent = false, bool replaceReadOnly = false, bool noClobber = false)
        {
            this.replaceReadOnly = replaceReadOnly;
            this.noClobber = noClobber;
            Destination = FinalTarget(Path.GetFullPath(destination));
            TemporaryReportFile.RemoveStale(Destination);
            TemporaryPath = TemporaryReportFile.NameFor(Destination);
            stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.SequentialScan);
            flushAhead = new DiskFlushAhead(stream);
            TemporaryReportFile.Opened(TemporaryPath);
            try
            {
                KeepPermissions();
                if (keepExistingContent && File.Exists(Destination))
                {
                    using var existing = new FileStream(Destination, FileMode.Open, FileAccess.Read, FileShare.Read);
                    existing.CopyTo(stream);
                }
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>The file the content is for.</summary>
        public string Destination { get; }

        /// <summary>Where the content is written until it is complete.</summary>
        public string TemporaryPath { get; }

        /// <summary>The content, positioned at its end.</summary>
        public Stream Stream => stream;

        /// <summary>
        /// Starts flushing to disk what has been written, in the background, once enough has been
        /// since the last start, so that <see cref="Commit"/> waits only for the rest. Called
        /// between writes by the thread that writes to <see cref="Stream"/>.
        /// </summary>
        public void FlushAhead() => flushAhead.Written();

        /// <summary>
        /// Flushes the content to disk, so that a crash after the move cannot leave an empty or
        /// partial file under the destination's name, and moves it over the destination.
        /// </summary>
        /// <exception cref="UnauthorizedAccessException">The destination is read-only and may not be replaced.</exception>
        public void Commit()
        {
            if (committed) return;
            flushAhead.Wait();
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            var existing = new FileInfo(Destination);
            var readOnly = existing.Exists && existing.IsReadOnly;
            if (readOnly && !replaceReadOnly) throw new UnauthorizedAccessException($"'{Destination}' is read-only.");
            // Windows refuses to replace a read-only file: the attribute comes off just for the move.
            if (readOnly) existing.IsReadOnly = false;
            try
            {
                Move();
            }
            catch
            {
                if (readOnly) existing.IsReadOnly = true;
                throw;
            }
            committed = true;
            TemporaryReportFile.Closed(TemporaryPath);
            if (readOnly) new FileInfo(Destination).IsReadOnly = true;
        }

        /// <summary>
        /// The file a path names, through any symbolic links: a report reached through a link is
        /// replaced where it lives, and the link keeps pointing at it.
        /// </summary>
        private static string FinalTarget(string path)
        {
#if NETFRAMEWORK
            return path;
#else
            var file = new FileInfo(path);
            if (file.LinkTarget is null) return path;
            var target = file.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? path : Path.GetFullPath(target.FullName);
#endif
        }

        /// <summary>
        /// Gives the new file the Unix permissions of the one it replaces before any content is
        /// written, so that a report only its owner could read (mode 600) does not become world-readable.
        /// </summary>
        private void KeepPermissions()
        {
#if !NETFRAMEWORK
            if (OperatingSystem.IsWindows() || !File.Exists(Destination)) return;
            File.SetUnixFileMode(TemporaryPath, File.GetUnixFileMode(Destination));
#endif
        }

        private void Move()
        {
            if (noClobber)
            {
                File.Move(TemporaryPath, Destination);
                return;
            }
#if NETFRAMEWORK
            if (File.Exists(Destination)) File.Replace(TemporaryPath, Destination, null);
            else File.Move(TemporaryPath, Destination);
#else
            File.Move(TemporaryPath, Destination, overwrite: true);
#endif
        }

        /// <summary>Discards the content unless it was committed, even when closing the file fails (a full disk).</summary>
        public void Dispose()
        {
            try
            {
                flushAhead.Wait();
                stream.Dispose();
            }
            catch (IOException) when (!committed)
            {
                // Flushing what is discarded failed: the file goes anyway.
            }
            finally
            {
                if (!committed)
                {
                    if (File.Exists(TemporaryPath)) File.Delete(TemporaryPath);
                    TemporaryReportFile.Closed(TemporaryPath);
                }
            }
        }
    }
}
