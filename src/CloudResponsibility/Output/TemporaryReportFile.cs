using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The names of the temporary files reports are written to, and their clean-up. A name says
    /// whose it is — <c>.{start of the report's name}.cr-{process id}-{random}.tmp</c>, hidden, short
    /// whatever the report's name — so that a later run removes those that a process which no longer
    /// runs left behind (killed, or the machine went down), and never a file of a run still under
    /// way. Files still open when the process exits normally (SIGTERM, a host that ends) are
    /// removed on the way out.
    /// </summary>
    internal static class TemporaryReportFile
    {
        private const string Marker = ".cr-";
        private const string Extension = ".tmp";

        // Enough of the report's name to recognise it; the rest would only risk a name too long.
        private const int MaxNameShown = 32;

        private static readonly HashSet<string> Open = new HashSet<string>(StringComparer.Ordinal);
        private static readonly int ProcessId = CurrentProcessId();
        private static bool exitHooked;

        /// <summary>A new temporary name beside <paramref name="destination"/>.</summary>
        public static string NameFor(string destination)
        {
            var directory = Path.GetDirectoryName(destination) ?? ".";
            var name = Path.GetFileName(destination);
            if (name.Length > MaxNameShown) name = name.Substring(0, MaxNameShown);
            var random = Guid.NewGuid().ToString("N").Substring(0, 8);
            return Path.Combine(directory, "." + name + Marker + ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + random + Extension);
        }

        /// <summary>Notes a temporary file as open: removed at process exit unless <see cref="Closed"/> first.</summary>
        public static void Opened(string path)
        {
            lock (Open)
            {
                Open.Add(path);
                if (exitHooked) return;
                exitHooked = true;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveOpen();
            }
        }

        /// <summary>The temporary file was moved into place or removed.</summary>
        public static void Closed(string path)
        {
            lock (Open) Open.Remove(path);
        }

        /// <summary>Removes the temporary files in <paramref name="directory"/> left by processes that no longer run; best effort.</summary>
        public static void RemoveStale(string directory)
        {
            try
            {
                foreach (var path in Directory.EnumerateFiles(directory, ".*" + Marker + "*" + Extension))
                {
                    if (OwnerOf(Path.GetFileName(path)) is { } owner && owner != ProcessId && !IsRunning(owner)) TryDelete(path);
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

        private static void RemoveOpen()
        {
            string[] paths;
            lock (Open) paths = new List<string>(Open).ToArray();
            foreach (var path in paths) TryDelete(path);
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

        private static bool IsRunning(int processId)
        {
            try
            {
                using var process = Process.GetProcessById(processId);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static int CurrentProcessId()
        {
            using var process = Process.GetCurrentProcess();
            return process.Id;
        }
    }
}
