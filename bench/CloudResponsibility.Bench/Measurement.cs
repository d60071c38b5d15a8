using System;
using System.Globalization;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// One scenario at one size: the output rows it produced, its time, its peak memory, and what
    /// the JIT compiled while it ran (so a reader can tell a run that measured the compiler).
    /// </summary>
    internal sealed class Measurement
    {
        public Measurement(RunKind kind, string scenario, long size, long outputRows, double seconds, long peakBytes, long jitMethods, double jitSeconds)
        {
            Kind = kind;
            Scenario = scenario;
            Size = size;
            OutputRows = outputRows;
            Seconds = seconds;
            PeakBytes = peakBytes;
            JitMethods = jitMethods;
            JitSeconds = jitSeconds;
        }

        public RunKind Kind { get; }
        public string Scenario { get; }
        public long Size { get; }
        public long OutputRows { get; }
        public double Seconds { get; }
        public long PeakBytes { get; }
        public long JitMethods { get; }
        public double JitSeconds { get; }

        /// <summary>Which round of the scenarios this run belongs to (0 for the first), set by the parent process.</summary>
        public int Repeat { get; set; }

        public double MicrosecondsPerOutputRow => Seconds * 1e6 / OutputRows;

        public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"RESULT {Kind} {Scenario} {Size} {OutputRows} {Seconds:R} {PeakBytes} {JitMethods} {JitSeconds:R}");

        public static Measurement Parse(string line)
        {
            var parts = line.Trim().Split(' ');
            return new Measurement(Enum.Parse<RunKind>(parts[1]), parts[2],
                long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture),
                double.Parse(parts[5], CultureInfo.InvariantCulture), long.Parse(parts[6], CultureInfo.InvariantCulture),
                long.Parse(parts[7], CultureInfo.InvariantCulture), double.Parse(parts[8], CultureInfo.InvariantCulture));
        }
    }
}
