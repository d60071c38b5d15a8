using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// Runs every scenario at every size, round after round, each run in a child process so that
    /// its peak memory is its own, and prints (and saves) the time per output row and each target's
    /// ratio to its baseline, round by round. See <see cref="BenchOptions.Usage"/> and bench/README.md.
    /// </summary>
    public static class Program
    {
        private const int MaxAttempts = 2;
        private static readonly TimeSpan MaxQuietWait = TimeSpan.FromMinutes(2);

        public static int Main(string[] args)
        {
            var options = BenchOptions.Parse(args);
            if (options.Help)
            {
                Console.WriteLine(BenchOptions.Usage);
                return 0;
            }
            if (options.Scenario is not null) return ScenarioRunner.RunChild(options);

            var work = Path.Combine(Path.GetTempPath(), "cr-bench-" + Environment.ProcessId);
            Directory.CreateDirectory(work);
            var runs = new List<Measurement>();
            var notes = new List<string>();
            MachineLoad.WaitUntilQuiet(options.MaxOthers, MaxQuietWait);
            var roundTripBefore = CoreToCoreLatency.MeasureRoundTripNanoseconds();
            try
            {
                foreach (var size in options.Sizes)
                {
                    var inventory = Path.Combine(work, $"inventory-{size}.csv");
                    InventoryGenerator.Write(inventory, size);
                    // The questionnaires of the disclosure scenarios: as many rows as the inventory has, or the whole questionnaires below it.
                    var questionnaires = Path.Combine(work, $"questionnaires-{size}.csv");
                    var questionnaireFolder = Path.Combine(work, $"questionnaires-{size}");
                    if (options.AllScenarios.Any(s => Scenarios.Split(s).Scenario == Scenarios.DisclosureTest))
                        QuestionnaireGenerator.WriteFile(questionnaires, size);
                    if (options.AllScenarios.Any(s => Scenarios.Split(s).Scenario == Scenarios.DisclosureFiles))
                        QuestionnaireGenerator.WriteFolder(questionnaireFolder, size);
                    // The same inventory saved as a workbook, for the scenario that reads one.
                    var workbook = Path.Combine(work, $"inventory-{size}.xlsx");
                    if (options.AllScenarios.Any(s => Scenarios.Split(s).Scenario == Scenarios.ImportXlsx))
                        InventoryGenerator.WriteWorkbook(inventory, workbook);
                    // The audit scenarios read a folder: the same inventory, and questionnaires for 10^3 of its SaaS services.
                    var auditFolder = Path.Combine(work, $"audit-{size}");
                    if (options.AllScenarios.Any(s => Scenarios.ReadsAuditFolder(Scenarios.Split(s).Scenario)))
                    {
                        Directory.CreateDirectory(auditFolder);
                        File.Copy(inventory, Path.Combine(auditFolder, "inventory.csv"));
                        QuestionnaireGenerator.WriteFolderFor(Path.Combine(auditFolder, "questionnaires"), InventoryGenerator.SaasServices(size, Scenarios.AuditQuestionnaires));
                    }
                    // Rounds go round the scenarios rather than one scenario after another, so that
                    // a ratio compares runs made minutes apart at most.
                    for (var round = 0; round < options.Rounds; round++)
                        foreach (var scenario in options.AllScenarios)
                        {
                            var input = Scenarios.Split(scenario).Scenario switch
                            {
                                Scenarios.DisclosureTest => questionnaires,
                                Scenarios.DisclosureFiles => questionnaireFolder,
                                Scenarios.ImportXlsx => workbook,
                                Scenarios.AuditImport or Scenarios.Audit or Scenarios.AuditReport => auditFolder,
                                _ => inventory,
                            };
                            var measured = RunQuietly(options, scenario, size, input, work, notes);
                            foreach (var run in measured)
                            {
                                run.Round = round;
                                runs.Add(run);
                            }
                            var steady = measured.Single(m => m.Kind == RunKind.SteadyState);
                            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                                $"  {size,9:N0} round {round + 1} {scenario,-14} first {measured[0].Seconds,7:F2} s  steady {steady.Seconds,7:F2} s  others {Math.Max(measured[0].OthersCores, steady.OthersCores):F2} core"));
                        }
                    File.Delete(inventory);
                    if (File.Exists(workbook)) File.Delete(workbook);
                    if (File.Exists(questionnaires)) File.Delete(questionnaires);
                    if (Directory.Exists(questionnaireFolder)) Directory.Delete(questionnaireFolder, recursive: true);
                    if (Directory.Exists(auditFolder)) Directory.Delete(auditFolder, recursive: true);
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            MachineLoad.WaitUntilQuiet(options.MaxOthers, MaxQuietWait);
            var roundTripAfter = CoreToCoreLatency.MeasureRoundTripNanoseconds();
            var report = Report.Render(runs, notes, options, (roundTripBefore, roundTripAfter));
            Console.WriteLine(report);
            var resultsDirectory = Path.Combine(options.RepositoryRoot, "bench", "results");
            Directory.CreateDirectory(resultsDirectory);
            File.WriteAllText(Path.Combine(resultsDirectory, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HHmm", CultureInfo.InvariantCulture) + ".md"), report, new UTF8Encoding(false));
            return 0;
        }

        /// <summary>
        /// Runs a scenario once the machine is quiet, and again (up to <see cref="MaxAttempts"/> in
        /// all) when other processes took more than their share of a core while it was timed; keeps
        /// the least disturbed attempt.
        /// </summary>
        private static IReadOnlyList<Measurement> RunQuietly(BenchOptions options, string scenario, long size, string inventory, string work, List<string> notes)
        {
            IReadOnlyList<Measurement>? best = null;
            for (var attempt = 1; attempt <= MaxAttempts; attempt++)
            {
                var waited = MachineLoad.WaitUntilQuiet(options.MaxOthers, MaxQuietWait);
                if (waited >= MaxQuietWait) notes.Add($"{size:N0} {scenario}: the machine was not quiet after {MaxQuietWait.TotalMinutes} minutes; ran anyway.");
                var measured = RunInChild(options, scenario, size, inventory, work);
                if (best is null || Disturbance(measured) < Disturbance(best)) best = measured;
                if (Disturbance(best) <= options.MaxOthers) break;
            }
            if (Disturbance(best!) > options.MaxOthers)
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{size:N0} {scenario}: other processes took {Disturbance(best!):F2} of a core in each of {MaxAttempts} attempts; the least disturbed is kept."));
            return best!;
        }

        private static double Disturbance(IReadOnlyList<Measurement> runs) => runs.Max(r => r.OthersCores);

        /// <summary>
        /// Runs a scenario in a child process: this bench's, or for a variant's scenario, the bench
        /// built in the variant's checkout, which loads that checkout's module.
        /// </summary>
        private static IReadOnlyList<Measurement> RunInChild(BenchOptions options, string name, long size, string inventory, string work)
        {
            var (scenario, variant) = Scenarios.Split(name);
            ProcessStartInfo start;
            if (variant is null)
            {
                var self = Environment.ProcessPath ?? throw new InvalidOperationException("The bench cannot find its own executable.");
                start = new ProcessStartInfo(self);
                if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(System.Reflection.Assembly.GetEntryAssembly()!.Location);
            }
            else
            {
                var bench = Path.Combine(options.Variants[variant], "bench", "CloudResponsibility.Bench", "bin", "Release", "net10.0", "CloudResponsibility.Bench.dll");
                if (!File.Exists(bench)) throw new InvalidOperationException($"The variant {variant} has no bench built at {bench}.");
                start = new ProcessStartInfo("dotnet");
                start.ArgumentList.Add(bench);
            }
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            foreach (var argument in new[] { "--scenario", scenario, "--size", size.ToString(CultureInfo.InvariantCulture), "--input", inventory, "--work", work })
                start.ArgumentList.Add(argument);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"Scenario {name} at {size} failed ({child.ExitCode}): {output}");
            var measurements = output.Split('\n').Where(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Select(Measurement.Parse).ToList();
            if (measurements.Count != 2) throw new InvalidOperationException($"Scenario {name} at {size} printed {measurements.Count} results, not 2: {output}");
            return measurements.Select(m => m.Renamed(name)).ToList();
        }
    }
}
