using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CloudResponsibility.Bench
{
    /// <summary>The results as Markdown tables, steady state first, with the ratios the targets are stated in.</summary>
    internal static class Report
    {
        public static string Render(IReadOnlyList<Measurement> results, IReadOnlyList<Measurement> allRuns)
        {
            var text = new StringBuilder();
            text.AppendLine($"# CloudResponsibility bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            text.AppendLine();
            text.AppendLine("Each scenario ran in its own process, twice; each figure is the best of its repeats. The last column is what the JIT compiled while the run was timed.");
            text.AppendLine();
            text.AppendLine("## Steady state: the run again, after warm-up runs where runs are short, once the JIT had compiled nothing for half a second");
            text.AppendLine();
            AppendTable(text, results.Where(r => r.Kind == RunKind.SteadyState).ToList());
            text.AppendLine();
            text.AppendLine("## First run: the first in a fresh process, as a scheduled job's is");
            text.AppendLine();
            AppendTable(text, results.Where(r => r.Kind == RunKind.FirstRun).ToList());
            text.AppendLine();
            PairedRatios.Append(text, allRuns);
            // From the first runs: a process's peak (VmHWM) never falls, so by the steady state it
            // also covers the warm-up runs, which only short runs have. A first run's is one run's.
            var peaks = results.Where(r => r.Kind == RunKind.FirstRun).ToList();
            var sizes = peaks.Select(r => r.Size).Distinct().OrderBy(s => s).ToList();
            if (sizes.Count > 1)
            {
                text.AppendLine($"Peak memory of a scenario's process through its first run, largest size ({sizes.Last():N0}) over smallest ({sizes.First():N0}):");
                foreach (var scenario in peaks.Select(r => r.Scenario).Distinct())
                {
                    var small = peaks.Single(r => r.Size == sizes.First() && r.Scenario == scenario);
                    var large = peaks.Single(r => r.Size == sizes.Last() && r.Scenario == scenario);
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- {scenario}: {(double)large.PeakBytes / small.PeakBytes:F2}×"));
                }
            }
            return text.ToString();
        }

        private static void AppendTable(StringBuilder text, IReadOnlyList<Measurement> results)
        {
            text.AppendLine("| size | scenario | output rows | seconds | rows/s | µs/output row | vs floor | vs raw CsvHelper (same columns) | peak MiB | JIT in run: methods, s |");
            text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var group in results.GroupBy(r => r.Size))
            {
                var byName = group.ToDictionary(r => r.Scenario);
                foreach (var r in group)
                {
                    // A run of some scenarios (--scenarios) leaves the ratios it has no baseline for empty.
                    var floorName = Baselines.FloorFor(r.Scenario, group.Key, r.OutputRows);
                    Measurement? floor = null;
                    if (floorName is not null) byName.TryGetValue(floorName, out floor);
                    byName.TryGetValue(Baselines.RawFor(r.Scenario), out var raw);
                    var vsFloor = floor is not null ? Ratio(r, floor) : "";
                    var vsRaw = raw is not null && r.OutputRows == raw.OutputRows ? Ratio(r, raw) : "";
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {r.Size:N0} | {r.Scenario} | {r.OutputRows:N0} | {r.Seconds:F2} | {r.OutputRows / r.Seconds:N0} | {r.MicrosecondsPerOutputRow:F3} | {vsFloor} | {vsRaw} | {r.PeakBytes / 1048576.0:F0} | {r.JitMethods:N0}, {r.JitSeconds:F2} |"));
                }
            }
        }

        private static string Ratio(Measurement measured, Measurement baseline) =>
            (measured.Seconds / baseline.Seconds).ToString("F2", CultureInfo.InvariantCulture) + "×";
    }
}
