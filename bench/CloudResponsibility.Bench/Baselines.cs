using System;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// What each scenario's time is compared with, as the issue states its targets: what passes
    /// objects down a pipeline, with the engine's floor for as many objects; the bulk path, with
    /// the raw CsvHelper loop doing the same job.
    /// </summary>
    internal static class Baselines
    {
        /// <summary>The floor scenario for a run of <paramref name="scenario"/>, or null for the baselines themselves and the bulk path.</summary>
        public static string? FloorFor(string scenario, long size, long outputRows)
        {
            var comparesToFloor = !(scenario.StartsWith("floor", StringComparison.Ordinal) || IsBulk(scenario) || scenario == Scenarios.RawCsvHelper);
            if (!comparesToFloor) return null;
            return outputRows == size ? Scenarios.FloorN : Scenarios.Floor9N;
        }

        /// <summary>Whether a scenario is the bulk path, whose target is the raw CsvHelper loop.</summary>
        public static bool IsBulk(string scenario) => scenario.StartsWith("bulk", StringComparison.Ordinal);
    }
}
