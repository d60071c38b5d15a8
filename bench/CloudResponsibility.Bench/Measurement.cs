using System.Globalization;

namespace CloudResponsibility.Bench
{
    /// <summary>One scenario at one size: the output rows it produced, its time and its peak memory.</summary>
    internal sealed class Measurement
    {
        public Measurement(string scenario, long size, long outputRows, double seconds, long peakBytes)
        {
            Scenario = scenario;
            Size = size;
            OutputRows = outputRows;
            Seconds = seconds;
            PeakBytes = peakBytes;
        }

        public string Scenario { get; }
        public long Size { get; }
        public long OutputRows { get; }
        public double Seconds { get; }
        public long PeakBytes { get; }

        public double MicrosecondsPerOutputRow => Seconds * 1e6 / OutputRows;

        public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"RESULT {Scenario} {Size} {OutputRows} {Seconds:R} {PeakBytes}");

        public static Measurement Parse(string line)
        {
            var parts = line.Trim().Split(' ');
            return new Measurement(parts[1], long.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture),
                double.Parse(parts[4], CultureInfo.InvariantCulture), long.Parse(parts[5], CultureInfo.InvariantCulture));
        }
    }
}
