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
    /// Runs every scenario at every size, each in a child process so that its peak memory is its
    /// own, and prints (and saves) rows per second, µs per output row, ratios to the engine's floor
    /// and to raw CsvHelper, peak memory, and what the JIT compiled during each timed run.
    ///   dotnet run -c Release --project bench/CloudResponsibility.Bench -- [--sizes 10000,100000,1000000] [--scenarios floor-9n,pipeline] [--repeat 3]
    /// <para>
    /// Each child times its scenario twice. First run: the first in its process, as a scheduled
    /// job's is, paying for compiling the code it runs. Steady state: the same run again — after
    /// untimed warm-up runs where runs are short — once the JIT has compiled nothing for half a
    /// second, so it measures throughput once the runtime has optimised the code it runs: the
    /// engine's as well as the module's (the hosted engine's package is not precompiled, unlike
    /// the engine pwsh ships).
    /// </para>
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var options = BenchOptions.Parse(args);
            if (options.Scenario is not null) return ScenarioRunner.RunChild(options);

            var work = Path.Combine(Path.GetTempPath(), "cr-bench-" + Process.GetCurrentProcess().Id);
            Directory.CreateDirectory(work);
            var results = new List<Measurement>();
            var allRuns = new List<Measurement>();
            try
            {
                foreach (var size in options.Sizes)
                {
                    var inventory = Path.Combine(work, $"inventory-{size}.csv");
                    InventoryGenerator.Write(inventory, size);
                    // Repeats go round the scenarios rather than one scenario after another: the
                    // machine's speed drifts over minutes, and a ratio should compare runs made at
                    // the same time, not one scenario's fast minute with another's slow one.
                    var runs = new List<Measurement>();
                    for (var repeat = 0; repeat < options.Repeat; repeat++)
                        foreach (var scenario in options.Scenarios)
                            foreach (var run in RunInChild(scenario, size, inventory, work))
                            {
                                run.Repeat = repeat;
                                runs.Add(run);
                            }
                    allRuns.AddRange(runs);
                    foreach (var scenario in options.Scenarios)
                    {
                        var first = Best(runs, RunKind.FirstRun, scenario);
                        var steady = Best(runs, RunKind.SteadyState, scenario);
                        results.Add(first);
                        results.Add(steady);
                        Console.Error.WriteLine($"  {size,9:N0} {scenario,-22} first {first.Seconds,8:F2} s  steady {steady.Seconds,8:F2} s  peak {steady.PeakBytes / 1048576.0,7:F0} MiB");
                    }
                    File.Delete(inventory);
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            var report = Report.Render(results, allRuns);
            Console.WriteLine(report);
            var resultsDirectory = Path.Combine(options.RepositoryRoot, "bench", "results");
            Directory.CreateDirectory(resultsDirectory);
            File.WriteAllText(Path.Combine(resultsDirectory, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HHmm", CultureInfo.InvariantCulture) + ".md"), report, new UTF8Encoding(false));
            return 0;
        }

        private static Measurement Best(IEnumerable<Measurement> runs, RunKind kind, string scenario) =>
            runs.Where(m => m.Kind == kind && m.Scenario == scenario).OrderBy(m => m.Seconds).First();

        private static IEnumerable<Measurement> RunInChild(string scenario, long size, string inventory, string work)
        {
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("The bench cannot find its own executable.");
            var start = new ProcessStartInfo(self)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var entry = System.Reflection.Assembly.GetEntryAssembly()!.Location;
            if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(entry);
            foreach (var argument in new[] { "--scenario", scenario, "--size", size.ToString(CultureInfo.InvariantCulture), "--input", inventory, "--work", work })
                start.ArgumentList.Add(argument);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"Scenario {scenario} at {size} failed ({child.ExitCode}): {output}");
            var measurements = output.Split('\n').Where(l => l.StartsWith("RESULT ", StringComparison.Ordinal)).Select(Measurement.Parse).ToList();
            if (measurements.Count != 2) throw new InvalidOperationException($"Scenario {scenario} at {size} printed {measurements.Count} results, not 2: {output}");
            return measurements;
        }
    }
}
