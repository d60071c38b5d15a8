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
    /// and to raw CsvHelper, and peak memory.
    ///   dotnet run -c Release --project bench/CloudResponsibility.Bench -- [--sizes 10000,100000,1000000] [--scenarios floor-9n,pipeline] [--repeat 3] [--warm]
    /// <para>
    /// Cold by default: each timed run is the first in its process, as a scheduled job's is. With
    /// --warm, each child first runs its scenario over a small inventory, untimed, and waits until
    /// the JIT has nothing left to compile, so the timed run measures throughput once the runtime
    /// has optimised the code it runs — the engine's as well as the module's (the hosted engine's
    /// package is not precompiled, unlike the engine pwsh ships). Either way the report shows what
    /// the JIT compiled during each timed run.
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
            try
            {
                string? warmup = null;
                if (options.Warm)
                {
                    warmup = Path.Combine(work, "inventory-warmup.csv");
                    InventoryGenerator.Write(warmup, WarmupSize);
                }
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
                            runs.Add(RunInChild(scenario, size, inventory, work, warmup));
                    foreach (var scenario in options.Scenarios)
                    {
                        var best = runs.Where(m => m.Scenario == scenario).OrderBy(m => m.Seconds).First();
                        results.Add(best);
                        Console.Error.WriteLine($"  {size,9:N0} {scenario,-22} {best.Seconds,8:F2} s  peak {best.PeakBytes / 1048576.0,7:F0} MiB");
                    }
                    File.Delete(inventory);
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
            var report = Report.Render(results, options.Warm ? $"warm: each scenario first ran over {WarmupSize:N0} services in the same process, untimed, then waited until the JIT had compiled nothing for half a second" : "cold: each timed run was the first in a fresh process");
            Console.WriteLine(report);
            var resultsDirectory = Path.Combine(options.RepositoryRoot, "bench", "results");
            Directory.CreateDirectory(resultsDirectory);
            File.WriteAllText(Path.Combine(resultsDirectory, DateTime.UtcNow.ToString("yyyy-MM-dd'T'HHmm", CultureInfo.InvariantCulture) + ".md"), report, new UTF8Encoding(false));
            return 0;
        }

        /// <summary>The size of the warm-up inventory: long enough (about half a second) for the runtime to optimise every per-row path.</summary>
        public const long WarmupSize = 20_000;

        private static Measurement RunInChild(string scenario, long size, string inventory, string work, string? warmup)
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
            if (warmup is not null)
            {
                start.ArgumentList.Add("--warmup-input");
                start.ArgumentList.Add(warmup);
            }
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            if (child.ExitCode != 0) throw new InvalidOperationException($"Scenario {scenario} at {size} failed ({child.ExitCode}): {output}");
            return Measurement.Parse(output.Split('\n').Last(l => l.StartsWith("RESULT ", StringComparison.Ordinal)));
        }
    }
}
