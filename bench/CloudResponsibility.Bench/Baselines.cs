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
        /// <summary>The floor scenario for a run of <paramref name="scenario"/>, or null for the baselines, the references and the bulk path.</summary>
        public static string? FloorFor(string scenario, long size, long outputRows)
        {
            var comparesToFloor = !(scenario.StartsWith("floor", StringComparison.Ordinal) || IsBulk(scenario) || IsReference(scenario) || scenario == Scenarios.RawCsvHelper);
            if (!comparesToFloor) return null;
            return outputRows == size ? Scenarios.FloorN : Scenarios.Floor9N;
        }

        /// <summary>
        /// The scenario a run of <paramref name="scenario"/> is divided by, round by round: the floor;
        /// for the bulk path the raw CsvHelper loop doing the same job; for the admin's script the
        /// bulk cmdlet writing the script's three columns (how many times faster the bulk path is).
        /// Null for the baselines themselves.
        /// </summary>
        public static string? PairedWith(string scenario, long size, long outputRows) =>
            FloorFor(scenario, size, outputRows)
            ?? (IsBulk(scenario) ? RawFor(scenario) : null)
            ?? (scenario == Scenarios.AdminScript ? Scenarios.BulkNarrow : null);

        /// <summary>The raw CsvHelper loop that writes the same columns as <paramref name="scenario"/>: three for the narrow job, the module's otherwise.</summary>
        public static string RawFor(string scenario) =>
            scenario == Scenarios.BulkNarrow || scenario == Scenarios.AdminScript || scenario == Scenarios.RawNarrow ? Scenarios.RawNarrow : Scenarios.RawCsvHelper;

        /// <summary>Whether a scenario is the bulk path, whose target is the raw CsvHelper loop.</summary>
        public static bool IsBulk(string scenario) => scenario.StartsWith("bulk", StringComparison.Ordinal);

        private static bool IsReference(string scenario) => Array.IndexOf(Scenarios.References, scenario) >= 0;
    }
}
