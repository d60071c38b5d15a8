using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CloudResponsibility.Bench
{
    /// <summary>This process's peak resident memory: the kernel's high-water mark on Linux.</summary>
    internal static class PeakMemory
    {
        public static long Bytes()
        {
            const string status = "/proc/self/status";
            if (File.Exists(status))
            {
                var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", System.StringComparison.Ordinal));
                if (line is not null) return long.Parse(line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
            return Process.GetCurrentProcess().PeakWorkingSet64;
        }
    }
}
