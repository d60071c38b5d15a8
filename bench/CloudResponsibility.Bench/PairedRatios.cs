using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// Ratios repeat by repeat: each run over its baseline's run of the same round, so a ratio
    /// compares runs made minutes apart at most. The best-of-repeats tables divide two bests that
    /// may come from different rounds; on a machine whose speed drifts, the spread of these paired
    /// ratios shows how far a single ratio can be trusted.
    /// </summary>
    internal static class PairedRatios
    {
        public static void Append(StringBuilder text, IReadOnlyList<Measurement> runs)
        {
            var rows = new List<string>();
            foreach (var size in runs.Select(r => r.Size).Distinct().OrderBy(s => s))
                foreach (var kind in new[] { RunKind.SteadyState, RunKind.FirstRun })
                {
                    var ofKind = runs.Where(r => r.Size == size && r.Kind == kind).ToList();
                    foreach (var scenario in ofKind.Select(r => r.Scenario).Distinct())
                    {
                        var first = ofKind.First(r => r.Scenario == scenario);
                        var baseline = Baselines.PairedWith(scenario, size, first.OutputRows);
                        if (baseline is null) continue;
                        var ratios = Ratios(ofKind, scenario, baseline);
                        if (ratios.Count == 0) continue;
                        rows.Add(string.Create(CultureInfo.InvariantCulture,
                            $"| {size:N0} | {(kind == RunKind.SteadyState ? "steady" : "first")} | {scenario} / {baseline} | {Median(ratios):F2}× | {ratios.Min():F2}–{ratios.Max():F2}× | {string.Join(" ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} |"));
                    }
                }
            if (rows.Count == 0) return;
            text.AppendLine("## Ratios repeat by repeat: each run over its baseline's run of the same round");
            text.AppendLine();
            text.AppendLine("| size | run | scenario / baseline | median | range | each repeat |");
            text.AppendLine("|---:|---|---|---:|---:|---|");
            foreach (var row in rows) text.AppendLine(row);
            text.AppendLine();
        }

        private static List<double> Ratios(IReadOnlyList<Measurement> runs, string scenario, string baseline)
        {
            var ratios = new List<double>();
            foreach (var measured in runs.Where(r => r.Scenario == scenario).OrderBy(r => r.Repeat))
            {
                var paired = runs.FirstOrDefault(r => r.Scenario == baseline && r.Repeat == measured.Repeat);
                if (paired is not null) ratios.Add(measured.Seconds / paired.Seconds);
            }
            return ratios;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
