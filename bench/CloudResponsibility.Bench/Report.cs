using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CloudResponsibility.Bench
{
    /// <summary>The results as Markdown: each target's ratio round by round, then each scenario's medians and peak memory.</summary>
    internal static class Report
    {
        /// <summary>The report; <paramref name="roundTripNanoseconds"/> is <see cref="CoreToCoreLatency"/> measured before the first run and after the last.</summary>
        public static string Render(IReadOnlyList<Measurement> runs, IReadOnlyList<string> notes, BenchOptions options, (double Before, double After) roundTripNanoseconds)
        {
            var text = new StringBuilder();
            text.AppendLine(Invariant($"# CloudResponsibility bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            text.AppendLine();
            text.AppendLine(Invariant($"{options.Rounds} rounds; every run waited for the machine to be quiet (others under {options.MaxOthers:F2} of a core) and was run again when others took more while it was timed."));
            text.AppendLine();
            text.AppendLine(double.IsNaN(roundTripNanoseconds.Before)
                ? "One processor: no round trip between two threads to measure."
                : Invariant($"Two threads passing a cache line back and forth: {roundTripNanoseconds.Before:F0} ns a round trip before the first run, {roundTripNanoseconds.After:F0} ns after the last (the pipeline hands every row to another thread; the floor does not)."));
            text.AppendLine();
            AppendRatios(text, runs);
            AppendScenarios(text, runs);
            AppendMemory(text, runs);
            if (notes.Count > 0)
            {
                text.AppendLine("## Notes");
                text.AppendLine();
                foreach (var note in notes) text.AppendLine("- " + note);
            }
            return text.ToString();
        }

        /// <summary>Each target over its baseline, the two runs of the same round divided: the median, the range and every round.</summary>
        private static void AppendRatios(StringBuilder text, IReadOnlyList<Measurement> runs)
        {
            text.AppendLine("## Ratios round by round: each target over its baseline, and this build over each variant");
            text.AppendLine();
            text.AppendLine("| rows | run | scenario / baseline | median | range | each round | µs per output row, medians | processor time, median ratio |");
            text.AppendLine("|---:|---|---|---:|---:|---|---:|---:|");
            var names = runs.Select(r => r.Scenario).Distinct().ToList();
            // Each target over its baseline; then this build over each variant (below 1: this build is faster).
            var pairs = names.Where(n => Scenarios.BaselineOf(n) is not null).Select(n => (Measured: n, Baseline: Scenarios.BaselineOf(n)!))
                .Concat(names.Where(n => Scenarios.Split(n).Variant is not null && names.Contains(Scenarios.Split(n).Scenario)).Select(n => (Measured: Scenarios.Split(n).Scenario, Baseline: n)))
                .ToList();
            foreach (var size in runs.Select(r => r.Size).Distinct().OrderBy(s => s))
                foreach (var kind in new[] { RunKind.SteadyState, RunKind.FirstRun })
                    foreach (var (scenario, baseline) in pairs)
                    {
                        var measured = Of(runs, size, kind, scenario);
                        var paired = Of(runs, size, kind, baseline);
                        var rounds = measured.Select(m => (m, b: paired.FirstOrDefault(b => b.Round == m.Round))).Where(p => p.b is not null).ToList();
                        var ratios = rounds.Select(p => p.m.Seconds / p.b!.Seconds).ToList();
                        if (ratios.Count == 0) continue;
                        var cpu = Median(rounds.Select(p => p.m.CpuSeconds / p.b!.CpuSeconds));
                        text.AppendLine(Invariant(
                            $"| {size:N0} | {Name(kind)} | {scenario} / {baseline} | {Median(ratios):F2}× | {ratios.Min():F2}–{ratios.Max():F2}× | {string.Join(" ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} | {Median(measured.Select(m => m.MicrosecondsPerOutputRow)):F3} / {Median(paired.Select(m => m.MicrosecondsPerOutputRow)):F3} | {cpu:F2}× |"));
                    }
            text.AppendLine();
        }

        private static void AppendScenarios(StringBuilder text, IReadOnlyList<Measurement> runs)
        {
            text.AppendLine("## Scenarios: medians over the rounds");
            text.AppendLine();
            text.AppendLine("| rows | run | scenario | seconds | processor seconds | µs per output row | peak MiB | JIT methods in run | others, most (cores) |");
            text.AppendLine("|---:|---|---|---:|---:|---:|---:|---:|---:|");
            foreach (var size in runs.Select(r => r.Size).Distinct().OrderBy(s => s))
                foreach (var kind in new[] { RunKind.SteadyState, RunKind.FirstRun })
                    foreach (var scenario in runs.Select(r => r.Scenario).Distinct())
                    {
                        var measured = Of(runs, size, kind, scenario);
                        if (measured.Count == 0) continue;
                        text.AppendLine(Invariant(
                            $"| {size:N0} | {Name(kind)} | {scenario} | {Median(measured.Select(m => m.Seconds)):F2} | {Median(measured.Select(m => m.CpuSeconds)):F2} | {Median(measured.Select(m => m.MicrosecondsPerOutputRow)):F3} | {Median(measured.Select(m => m.PeakBytes / 1048576.0)):F0} | {Median(measured.Select(m => (double)m.JitMethods)):F0} | {measured.Max(m => m.OthersCores):F2} |"));
                    }
            text.AppendLine();
        }

        /// <summary>
        /// Peak memory from first runs: a process's peak never falls, so by the steady state it
        /// also covers the warm-up runs, which only short runs have.
        /// </summary>
        private static void AppendMemory(StringBuilder text, IReadOnlyList<Measurement> runs)
        {
            var sizes = runs.Select(r => r.Size).Distinct().OrderBy(s => s).ToList();
            if (sizes.Count < 2) return;
            text.AppendLine(Invariant($"## Memory: median peak of the first run, {sizes.Last():N0} rows over {sizes.First():N0}"));
            text.AppendLine();
            foreach (var scenario in runs.Select(r => r.Scenario).Distinct())
            {
                var small = Median(Of(runs, sizes.First(), RunKind.FirstRun, scenario).Select(m => (double)m.PeakBytes));
                var large = Median(Of(runs, sizes.Last(), RunKind.FirstRun, scenario).Select(m => (double)m.PeakBytes));
                text.AppendLine(Invariant($"- {scenario}: {large / small:F2}× ({small / 1048576:F0} → {large / 1048576:F0} MiB)"));
            }
            text.AppendLine();
        }

        private static List<Measurement> Of(IReadOnlyList<Measurement> runs, long size, RunKind kind, string scenario) =>
            runs.Where(r => r.Size == size && r.Kind == kind && r.Scenario == scenario).OrderBy(r => r.Round).ToList();

        private static string Name(RunKind kind) => kind == RunKind.SteadyState ? "steady" : "first";

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            if (sorted.Count == 0) return double.NaN;
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
