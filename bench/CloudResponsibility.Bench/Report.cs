using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CloudResponsibility.Bench
{
    /// <summary>The results as a Markdown table, with the ratios the targets are stated in.</summary>
    internal static class Report
    {
        public static string Render(IReadOnlyList<Measurement> results)
        {
            var text = new StringBuilder();
            text.AppendLine($"# CloudResponsibility bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            text.AppendLine();
            text.AppendLine("| size | scenario | output rows | seconds | rows/s | µs/output row | vs floor | vs raw CsvHelper | peak MiB |");
            text.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var group in results.GroupBy(r => r.Size))
            {
                var byName = group.ToDictionary(r => r.Scenario);
                foreach (var r in group)
                {
                    var floor = r.OutputRows == group.Key ? byName[Scenarios.FloorN] : byName[Scenarios.Floor9N];
                    var raw = byName[Scenarios.RawCsvHelper];
                    var vsFloor = r.Scenario.StartsWith("floor", StringComparison.Ordinal) || r.Scenario.StartsWith("bulk", StringComparison.Ordinal) || r.Scenario == Scenarios.RawCsvHelper ? "" : (r.Seconds / floor.Seconds).ToString("F2", CultureInfo.InvariantCulture) + "×";
                    var vsRaw = r.OutputRows == raw.OutputRows ? (r.Seconds / raw.Seconds).ToString("F2", CultureInfo.InvariantCulture) + "×" : "";
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {r.Size:N0} | {r.Scenario} | {r.OutputRows:N0} | {r.Seconds:F2} | {r.OutputRows / r.Seconds:N0} | {r.MicrosecondsPerOutputRow:F3} | {vsFloor} | {vsRaw} | {r.PeakBytes / 1048576.0:F0} |"));
                }
            }
            text.AppendLine();
            var sizes = results.Select(r => r.Size).Distinct().OrderBy(s => s).ToList();
            if (sizes.Count > 1)
            {
                text.AppendLine($"Peak memory, largest size ({sizes.Last():N0}) over smallest ({sizes.First():N0}):");
                foreach (var scenario in Scenarios.All)
                {
                    var small = results.Single(r => r.Size == sizes.First() && r.Scenario == scenario);
                    var large = results.Single(r => r.Size == sizes.Last() && r.Scenario == scenario);
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- {scenario}: {(double)large.PeakBytes / small.PeakBytes:F2}×"));
                }
            }
            return text.ToString();
        }
    }
}
