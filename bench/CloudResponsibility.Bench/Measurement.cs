using System;
using System.Globalization;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// One timed run of a scenario at one size: its time, its process's peak memory, what the JIT
    /// compiled while it ran, and how much of a core other processes took meanwhile.
    /// </summary>
    internal sealed class Measurement
    {
        public Measurement(RunKind kind, string scenario, long size, long outputRows, double seconds, double cpuSeconds, long peakBytes, long jitMethods, double othersCores)
        {
            Kind = kind;
            Scenario = scenario;
            Size = size;
            OutputRows = outputRows;
            Seconds = seconds;
            CpuSeconds = cpuSeconds;
            PeakBytes = peakBytes;
            JitMethods = jitMethods;
            OthersCores = othersCores;
        }

        public RunKind Kind { get; }
        public string Scenario { get; }
        public long Size { get; }
        public long OutputRows { get; }
        public double Seconds { get; }

        /// <summary>The processor time of the scenario's process during the run, all its threads: less moved by other processes than the time.</summary>
        public double CpuSeconds { get; }
        public long PeakBytes { get; }
        public long JitMethods { get; }

        /// <summary>The share of one core that other processes used while this run was timed.</summary>
        public double OthersCores { get; }

        /// <summary>Which round of the scenarios this run belongs to (0 for the first), set by the parent process.</summary>
        public int Round { get; set; }

        public double MicrosecondsPerOutputRow => Seconds * 1e6 / OutputRows;

        /// <summary>The same measurement under another scenario name (a variant's, as <c>pipeline@base</c>).</summary>
        public Measurement Renamed(string scenario) => new Measurement(Kind, scenario, Size, OutputRows, Seconds, CpuSeconds, PeakBytes, JitMethods, OthersCores);

        public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"RESULT {Kind} {Scenario} {Size} {OutputRows} {Seconds:R} {CpuSeconds:R} {PeakBytes} {JitMethods} {OthersCores:R}");

        public static Measurement Parse(string line)
        {
            var parts = line.Trim().Split(' ');
            return new Measurement(Enum.Parse<RunKind>(parts[1]), parts[2],
                long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture),
                double.Parse(parts[5], CultureInfo.InvariantCulture), double.Parse(parts[6], CultureInfo.InvariantCulture),
                long.Parse(parts[7], CultureInfo.InvariantCulture), long.Parse(parts[8], CultureInfo.InvariantCulture),
                double.Parse(parts[9], CultureInfo.InvariantCulture));
        }
    }
}
