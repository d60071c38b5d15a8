using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// Runs one scenario in this (child) process: its first run, then, after untimed warm-up runs
    /// where they are short, in steady state; and prints both measurements.
    /// </summary>
    internal static class ScenarioRunner
    {
        // Warm-up runs before the steady-state one, where the first run took less than
        // ShortRunSeconds: back to back for at least WarmUpSeconds altogether, and on until a run
        // compiles at most QuietRunMethods; never more than MaxWarmUpRuns runs or MaxWarmUpSeconds.
        private const double ShortRunSeconds = 5;
        private const double WarmUpSeconds = 2;
        private const long QuietRunMethods = 10;
        private const int MaxWarmUpRuns = 1000;
        private const double MaxWarmUpSeconds = 20;

        public static int RunChild(BenchOptions options)
        {
            var scenario = options.Scenario!;
            // The catalog loads before timing, in every scenario (the engine's load it through Get-CloudThreat).
            _ = CloudCatalog.Default;
            using var engine = IsEngineScenario(scenario) ? OpenEngine(options) : null;
            var first = TimedRun(RunKind.FirstRun, options, engine);
            Console.WriteLine(first.ToLine());
            // Then the same run again, once the JIT has optimised what the first made hot.
            WarmUp(options, engine, first);
            Console.WriteLine(TimedRun(RunKind.SteadyState, options, engine).ToLine());
            return 0;
        }

        /// <summary>
        /// Runs the scenario again, untimed, where runs are short, so the steady-state run times
        /// optimised code. A quiet JIT does not tell that it is: the runtime optimises a method
        /// only after it has been called a number of times once compiling went quiet, and then in
        /// the background. At 10^4 objects the floor ran at its first run's speed (0.10–0.13 s)
        /// for two more runs that compiled 2–7 methods, then took 0.02 s; a stop at the first quiet
        /// run timed unoptimised code. So the warm-up runs for a time, not for a count of quiet
        /// runs. A run of seconds or more amortises what its second go compiles (a tenth of a
        /// second at 10^6 rows), and gets none.
        /// </summary>
        private static void WarmUp(BenchOptions options, Runspace? engine, Measurement first)
        {
            if (first.Seconds < ShortRunSeconds)
            {
                var warmedUp = 0.0;
                var compiled = first.JitMethods;
                for (var run = 0; run < MaxWarmUpRuns && warmedUp < MaxWarmUpSeconds && (warmedUp < WarmUpSeconds || compiled > QuietRunMethods); run++)
                {
                    var warmUp = TimedRun(RunKind.SteadyState, options, engine);
                    warmedUp += warmUp.Seconds;
                    compiled = warmUp.JitMethods;
                }
            }
            JitActivity.WaitUntilQuiet(quiet: TimeSpan.FromMilliseconds(500), limit: TimeSpan.FromSeconds(30));
        }

        private static Measurement TimedRun(RunKind kind, BenchOptions options, Runspace? engine)
        {
            var scenario = options.Scenario!;
            var output = Path.Combine(options.Work, $"out-{scenario}-{options.Size}.csv");
            var jitBefore = JitActivity.Now;
            var stopwatch = Stopwatch.StartNew();
            var rows = Run(scenario, options.Size, options.Input, output, engine);
            stopwatch.Stop();
            var jit = JitActivity.Now.Since(jitBefore);
            var peak = PeakMemory.Bytes();
            DeleteOutput(output);
            return new Measurement(kind, scenario, options.Size, rows, stopwatch.Elapsed.TotalSeconds, peak, jit.Methods, jit.Time.TotalSeconds);
        }

        /// <summary>Runs a scenario once and returns its output rows.</summary>
        private static long Run(string scenario, long size, string input, string output, Runspace? engine)
        {
            switch (scenario)
            {
                case Scenarios.RawCsvHelper:
                    return RawCsvHelperLoop.Run(input, output);
                case Scenarios.RawNarrow:
                    return NarrowCsvHelperLoop.Run(input, output);
                case Scenarios.BulkLibrary:
                    using (var reader = InventoryReader.Open(input))
                    using (var report = ReportSession.Open(output, ReportFormat.Csv, new ReportOptions()))
                    {
                        var rows = new BulkMatrixExport(CloudCatalog.Default.In(Language.En)).Run(reader, report, _ => { }).Rows;
                        report.Commit();
                        return rows;
                    }
                default:
                    var (script, outputRows) = Script(scenario, size);
                    engine!.SessionStateProxy.SetVariable("n", size);
                    engine.SessionStateProxy.SetVariable("inventory", input);
                    engine.SessionStateProxy.SetVariable("report", output);
                    Invoke(engine, script);
                    return outputRows;
            }
        }

        /// <summary>
        /// Deletes a run's report, outside the timing: no scenario deletes its output, and on this
        /// kind of machine (ext4 with online discard) deleting a report costs about a tenth of the
        /// time it took to write — 0.2 s for 300 MB, 2.7 s for 3 GB.
        /// </summary>
        private static void DeleteOutput(string output)
        {
            if (File.Exists(output)) File.Delete(output);
        }

        private static bool IsEngineScenario(string scenario) => scenario != Scenarios.RawCsvHelper && scenario != Scenarios.RawNarrow && scenario != Scenarios.BulkLibrary;

        private static Runspace OpenEngine(BenchOptions options)
        {
            var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            Invoke(runspace, $"Import-Module '{options.Manifest}' -ErrorAction Stop; Import-Module '{typeof(SendBenchObjectCommand).Assembly.Location}' -ErrorAction Stop; $null = Get-CloudThreat -Language en");
            if (Scenarios.UsesReportSink(options.Scenario!)) EnsureReportSinkBindsAsTheReport(runspace);
            // Only the admin's script gets Import-Csv and Export-Csv, which the hosted engine lacks:
            // every other scenario runs in the engine as the module's tests and crhost do.
            if (options.Scenario == Scenarios.AdminScript)
                Invoke(runspace, $"Import-Module '{typeof(Microsoft.PowerShell.Commands.ImportCsvCommand).Assembly.Location}' -ErrorAction Stop");
            return runspace;
        }

        /// <summary>
        /// A scenario's script. Its inputs are variables ($n, $inventory, $report), not text in it,
        /// so both timed runs give the engine the same script, and a folder name
        /// with a quote in it cannot break one.
        /// </summary>
        private static (string Script, long OutputRows) Script(string scenario, long n) => scenario switch
        {
            Scenarios.FloorN => ("Send-BenchObject -Count $n | Receive-BenchObject", n),
            Scenarios.Floor9N => ("Send-BenchObject -Count (9 * $n) | Receive-BenchObject", 9 * n),
            Scenarios.ImportOnly => ("Import-CloudInventory -LiteralPath $inventory | Receive-BenchObject", n),
            Scenarios.Shape9N => ("Send-BenchObject -Count $n | Expand-BenchObject | Receive-BenchObject", 9 * n),
            Scenarios.MatrixOnly => ("Import-CloudInventory -LiteralPath $inventory | Get-ResponsibilityMatrix -Language en | Receive-BenchObject", 9 * n),
            Scenarios.ReportSink9N => ("Send-BenchObject -Count (9 * $n) | Export-BenchObject -LiteralPath $report", 9 * n),
            Scenarios.MatrixReportSink => ("Import-CloudInventory -LiteralPath $inventory | Get-ResponsibilityMatrix -Language en | Export-BenchObject -LiteralPath $report", 9 * n),
            Scenarios.Pipeline => ("Import-CloudInventory -LiteralPath $inventory | Get-ResponsibilityMatrix -Language en | Export-CloudReport -LiteralPath $report", 9 * n),
            Scenarios.BulkCmdlet => ("Export-ResponsibilityMatrix -InventoryPath $inventory -Path $report -Language en", 9 * n),
            Scenarios.BulkNarrow => ("Export-ResponsibilityMatrix -InventoryPath $inventory -Path $report -Language en -Property ServiceName, Layer, Owner", 9 * n),
            Scenarios.AdminScript => (AdminScript, 9 * n),
            _ => throw new ArgumentException("Unknown scenario " + scenario),
        };

        /// <summary>
        /// The script the issue times as what an admin writes today (about 10.7 µs per output row):
        /// Import-Csv, a hashtable of owners, one [pscustomobject] per service and layer, Export-Csv.
        /// The owners come from the catalog, as the admin would copy them from the guideline, with
        /// the full-width model name the generated inventories use besides the plain ones.
        /// </summary>
        private const string AdminScript = @"
            $owners = @{}
            foreach ($cell in Get-ResponsibilityMatrix -Language en) { $owners[""$($cell.ServiceModel)/$($cell.Layer)""] = [string]$cell.Owner }
            foreach ($layer in [Enum]::GetNames([CloudResponsibility.Model.Layer])) { $owners[""ＳａａＳ/$layer""] = $owners[""SaaS/$layer""] }
            $layers = [Enum]::GetNames([CloudResponsibility.Model.Layer])
            Import-Csv -LiteralPath $inventory | ForEach-Object {
                $service = $_
                foreach ($layer in $layers) {
                    [pscustomobject]@{ ServiceName = $service.ServiceName; Layer = $layer; Owner = $owners[""$($service.ServiceModel)/$layer""] }
                }
            } | Export-Csv -LiteralPath $report -NoTypeInformation -Encoding utf8BOM";

        /// <summary>
        /// Export-BenchObject stands in for Export-CloudReport only while it has the same parameters:
        /// the engine's work for each object it binds grows with the parameters it leaves unbound.
        /// </summary>
        private static void EnsureReportSinkBindsAsTheReport(Runspace runspace)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            // One line per cmdlet: each parameter's name, aliases, and how each of its sets binds it.
            shell.AddScript(@"
                foreach ($name in 'Export-CloudReport', 'Export-BenchObject') {
                    ((Get-Command $name).Parameters.Values | ForEach-Object {
                        $_.Name + ':' + ($_.Aliases -join '/') + ':' +
                            ($_.ParameterSets.Values | ForEach-Object { [string]$_.IsMandatory + [string]$_.Position + [string]$_.ValueFromPipeline })
                    }) -join ' '
                }");
            var shapes = shell.Invoke();
            if (shapes.Count != 2 || !string.Equals(shapes[0].ToString(), shapes[1].ToString(), StringComparison.Ordinal))
                throw new InvalidOperationException($"Export-BenchObject no longer has Export-CloudReport's parameters; make them the same.{Environment.NewLine}Export-CloudReport: {shapes.ElementAtOrDefault(0)}{Environment.NewLine}Export-BenchObject: {shapes.ElementAtOrDefault(1)}");
        }

        private static void Invoke(Runspace runspace, string script)
        {
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            shell.Invoke();
            if (shell.HadErrors && shell.Streams.Error.Count > 0) throw new InvalidOperationException(shell.Streams.Error[0].ToString());
        }
    }
}
