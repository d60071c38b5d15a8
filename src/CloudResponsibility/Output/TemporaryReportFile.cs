using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The names of the temporary files reports are written to, and their clean-up. A name says
    /// whose it is — <c>.{start of the report's name}.cr-{process id}-{random}.tmp</c>, hidden, short
    /// whatever the report's name. Files still open when the process ends are removed on the way
    /// out: at a normal exit, and when the process is ended by SIGTERM (a scheduler's timeout) or
    /// SIGHUP (its terminal gone). What a process killed outright (SIGKILL, a crash, a power cut)
    /// leaves, a later run of the same report removes once it is stale (<see cref="StaleAfter"/>).
    /// </summary>
    internal static class TemporaryReportFile
    {
        /// <summary>
        /// How often the files being written are touched, whether or not the writer has written
        /// anything since: a findings report holds its rows until the last one comes, and a slow
        /// pipeline may bring none for minutes, yet the file must look alive to other processes.
        /// </summary>
        internal static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(1);

        /// <summary>
        /// How long a temporary file must have gone untouched before another run removes it. The
        /// process id in its name cannot say: a process in another PID namespace (a container, or
        /// another host on a shared folder) has ids of its own, so a live writer's id may be no
        /// process here, or another one. Its file's time can: a live writer touches it every
        /// <see cref="Heartbeat"/>, so an hour is sixty heartbeats missed. That leaves room for the
        /// clocks of hosts sharing a folder to be minutes apart and for a writer held up for most
        /// of an hour (a loaded machine, a paused virtual machine), and still lets the next
        /// scheduled run, an hour or more later, clean what a killed one left.
        /// </summary>
        internal static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

        private const string Marker = ".cr-";
        private const string Extension = ".tmp";

        // Enough of the report's name to recognise it; the rest would only risk a name too long.
        private const int MaxNameShown = 32;

        private static readonly HashSet<string> Open = new HashSet<string>(StringComparer.Ordinal);
        private static readonly int ProcessId = CurrentProcessId();
        private static bool exitHooked;
        private static Timer? heartbeat;
#if !NETFRAMEWORK
        // Kept for the life of the process: a registration that is collected stops handling its signal.
        private static System.Runtime.InteropServices.PosixSignalRegistration[]? signals;
#endif

        /// <summary>A new temporary name beside <paramref name="destination"/>.</summary>
        public static string NameFor(string destination)
        {
            var directory = Path.GetDirectoryName(destination) ?? ".";
            var random = Guid.NewGuid().ToString("N").Substring(0, 8);
            return Path.Combine(directory, PrefixOf(destination) + ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + random + Extension);
        }

        /// <summary>
        /// Notes a temporary file as open: touched every <see cref="Heartbeat"/>, and removed when
        /// the process ends, unless <see cref="Closed"/> first.
        /// </summary>
        public static void Opened(string path)
        {
            lock (Open)
            {
                Open.Add(path);
                heartbeat ??= new Timer(_ => TouchOpen(), null, Timeout.Infinite, Timeout.Infinite);
                if (Open.Count == 1) heartbeat.Change(Heartbeat, Heartbeat);
                if (exitHooked) return;
                exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveOpen();
                RemoveOpenOnTermination();
            }
        }

        /// <summary>The temporary file was moved into place or removed.</summary>
        public static void Closed(string path)
        {
            lock (Open)
            {
                Open.Remove(path);
                if (Open.Count == 0) heartbeat?.Change(Timeout.Infinite, Timeout.Infinite);
            }
        }

        /// <summary>
        /// Removes the temporary files of <paramref name="destination"/>'s report that are stale:
        /// untouched for <see cref="StaleAfter"/>, and not being written by this process. Another
        /// report's are never touched, whatever their age: each run cleans up after its own report.
        /// Best effort.
        /// </summary>
        public static void RemoveStale(string destination)
        {
            var directory = Path.GetDirectoryName(destination) ?? ".";
            var prefix = PrefixOf(destination);
            var now = DateTime.UtcNow;
            try
            {
                foreach (var path in Directory.EnumerateFiles(directory, ".*" + Marker + "*" + Extension))
                {
                    var name = Path.GetFileName(path);
                    // Compared as text: the report's name may hold characters a search pattern reads as wildcards.
                    if (!name.StartsWith(prefix, StringComparison.Ordinal) || OwnerOf(name) is null || IsOpenHere(path)) continue;
                    if (now - File.GetLastWriteTimeUtc(path) >= StaleAfter) TryDelete(path);
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // Clean-up is a courtesy: a folder that cannot be listed is reported by the export itself.
            }
        }

        /// <summary>The process id in a temporary file's name, or null for a name not made by <see cref="NameFor"/>.</summary>
        internal static int? OwnerOf(string fileName)
        {
            if (!fileName.StartsWith(".", StringComparison.Ordinal) || !fileName.EndsWith(Extension, StringComparison.Ordinal)) return null;
            var marker = fileName.LastIndexOf(Marker, StringComparison.Ordinal);
            if (marker < 0) return null;
            var rest = fileName.Substring(marker + Marker.Length, fileName.Length - marker - Marker.Length - Extension.Length);
            var dash = rest.IndexOf('-');
            if (dash <= 0 || rest.Length - dash - 1 != 8) return null;
            return int.TryParse(rest.Substring(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }

        /// <summary>Touches every file this process is writing, so that no other process takes one for stale.</summary>
        internal static void TouchOpen()
        {
            foreach (var path in OpenPaths())
            {
                try
                {
                    File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
                }
                catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
                {
                    // Just moved into place or removed; or .NET Framework, which cannot set the time of a
                    // file open for writing (on Windows, where no other process can remove an open file anyway).
                }
            }
        }

        /// <summary>The start every temporary name of a report has: '.', its name (cut short), the marker.</summary>
        private static string PrefixOf(string destination)
        {
            var name = Path.GetFileName(destination);
            if (name.Length > MaxNameShown) name = name.Substring(0, MaxNameShown);
            return "." + name + Marker;
        }

        private static bool IsOpenHere(string path)
        {
            lock (Open) return Open.Contains(path);
        }

        private static string[] OpenPaths()
        {
            lock (Open) return new List<string>(Open).ToArray();
        }

        /// <summary>
        /// Since .NET 10 a process ended by SIGTERM or SIGHUP ends at once, without the
        /// <see cref="AppDomain.ProcessExit"/> event (its runtime no longer handles them), and
        /// PowerShell registers no handler of its own: the open files would stay. A handler removes
        /// them and lets the signal go on to end the process as it would have, with the same exit
        /// status (143 for SIGTERM). A signal the process was started ignoring (nohup's SIGHUP) gets
        /// no handler from the runtime, so it still changes nothing. Were another handler of the
        /// process to cancel the signal afterwards, a report under way would fail at its end,
        /// naming the report, with the old one as it was. Not on Windows: a file open for writing
        /// cannot be removed there, so a handler could not help; the next run cleans up.
        /// </summary>
        private static void RemoveOpenOnTermination()
        {
#if !NETFRAMEWORK
            if (OperatingSystem.IsWindows()) return;
            try
            {
                signals = new[]
                {
                    System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, _ => RemoveOpen()),
                    System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGHUP, _ => RemoveOpen()),
                };
            }
            catch (Exception exception) when (exception is PlatformNotSupportedException || exception is IOException)
            {
                // A platform without these signals: the exit event and the next run are all there is.
            }
#endif
        }

        private static void RemoveOpen()
        {
            foreach (var path in OpenPaths()) TryDelete(path);
        }

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                // In use or not ours to remove after all: left as it is.
            }
        }

        private static int CurrentProcessId()
        {
            using var process = Process.GetCurrentProcess();
            return process.Id;
        }
    }
}
