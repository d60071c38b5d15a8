using System;
using System.Collections.Generic;
using System.Text;

namespace CloudResponsibility.ThreatModel
{
    /// <summary>
    /// File names for services' models in one folder: the service's name with what no file system
    /// allows replaced (Japanese and other letters kept), and a number where two names would
    /// otherwise be the same file (compared without case, as Windows and macOS compare them).
    /// </summary>
    public sealed class ServiceFileNames
    {
        private const int MaxStemLength = 120;
        private static readonly string[] ReservedOnWindows =
        {
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
        };

        private readonly HashSet<string> used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>The next service's file name, with <paramref name="extension"/> (dot included).</summary>
        public string Next(string serviceName, string extension)
        {
            var stem = Sanitise(serviceName);
            var name = stem + extension;
            for (var number = 2; !used.Add(name); number++) name = $"{stem} ({number}){extension}";
            return name;
        }

        /// <summary>The name with characters invalid in a file name on Windows, macOS or Linux replaced by <c>_</c>.</summary>
        public static string Sanitise(string serviceName)
        {
            var text = new StringBuilder(serviceName.Length);
            foreach (var c in serviceName.Trim())
                text.Append(c < 32 || c == 127 || "<>:\"/\\|?*".IndexOf(c) >= 0 ? '_' : c);
            var stem = text.ToString().TrimEnd('.', ' ');
            if (stem.Length > MaxStemLength)
                stem = stem.Substring(0, char.IsHighSurrogate(stem[MaxStemLength - 1]) ? MaxStemLength - 1 : MaxStemLength).TrimEnd('.', ' ');
            if (stem.Length == 0) return "_";
            var dot = stem.IndexOf('.');
            var device = dot < 0 ? stem : stem.Substring(0, dot);
            if (Array.IndexOf(ReservedOnWindows, device.ToUpperInvariant()) >= 0) stem = "_" + stem;
            return stem;
        }
    }
}
