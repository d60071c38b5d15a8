using System;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CloudResponsibility.Catalog;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// Runs one scenario in this (child) process: its first run, then, after untimed warm-up runs
    /// where runs are short, in steady state; and prints both measurements.
    /// </summary>
    internal static class ScenarioRunner
    {
        // Warm-up runs before the steady-state one, where the first run took less than
        // ShortRunSeconds: back to back for at least WarmUpSeconds altogether, and on until a run
        // compiles at most QuietRunMethods; never more than MaxWarmUpSeconds.
        private const double ShortRunSeconds = 5;
        private const double WarmUpSeconds = 2;
        private const long QuietRunMethods = 10;
        private const double MaxWarmUpSeconds = 20;

        public static int RunChild(BenchOptions options)
        {
            var scenario = options.Scenario!;
            // The catalog loads before timing, in every scenario.
            _ = CloudCatalog.Default;
            using var engine = Scenarios.UsesEngine(scenario) ? OpenEngine(options) : null;
            var first = TimedRun(RunKind.FirstRun, options, engine);
            Console.WriteLine(first.ToLine());
            WarmUp(options, engine, first);
            Console.WriteLine(TimedRun(RunKind.SteadyState, options, engine).ToLine());
            return 0;
        }

        /// <summary>
        /// Runs the scenario again, untimed, where runs are short, so that the steady-state run
        /// times optimised code. A quiet JIT does not tell that it is: the runtime optimises a
        /// method only after it has been called a number of times once compiling went quiet, and
        /// then in the background. So the warm-up runs for a time, not for a count of quiet runs.
        /// A run of seconds amortises what its second go compiles, and gets none.
        /// </summary>
        private static void WarmUp(BenchOptions options, Runspace? engine, Measurement first)
        {
            if (first.Seconds < ShortRunSeconds)
            {
                var warmedUp = 0.0;
                var compiled = first.JitMethods;
                while (warmedUp < MaxWarmUpSeconds && (warmedUp < WarmUpSeconds || compiled > QuietRunMethods))
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
            var output = Path.Combine(options.Work, $"out-{scenario}-{options.Size}" + Scenarios.ReportExtension(scenario));
            var jitBefore = JitActivity.Now;
            var loadBefore = MachineLoad.Now();
            var stopwatch = Stopwatch.StartNew();
            if (scenario == Scenarios.RawCsvHelper) RawCsvHelperLoop.Run(options.Input, output);
            else Invoke(engine!, Scenarios.Script(scenario), options.Size, options.Input, output);
            stopwatch.Stop();
            var loadAfter = MachineLoad.Now();
            var others = loadAfter.OthersSince(loadBefore);
            var jit = JitActivity.Now.Since(jitBefore);
            var peak = PeakMemory.Bytes();
            // Outside the timing: no scenario deletes its output, and deleting a large file takes
            // a tenth of the time it took to write on a file system that discards freed blocks.
            if (File.Exists(output)) File.Delete(output);
            return new Measurement(kind, scenario, options.Size, Scenarios.OutputRows(scenario, options.Size), stopwatch.Elapsed.TotalSeconds,
                loadAfter.OwnSeconds - loadBefore.OwnSeconds, peak, jit.Methods, others);
        }

        private static Runspace OpenEngine(BenchOptions options)
        {
            var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript("param($manifest, $bench) Import-Module $manifest -ErrorAction Stop; Import-Module $bench -ErrorAction Stop; $null = Get-CloudThreat -Language en")
                .AddArgument(options.Manifest).AddArgument(typeof(SendBenchObjectCommand).Assembly.Location);
            shell.Invoke();
            return runspace;
        }

        /// <summary>Runs a script with its inputs as variables, not text in it, so both timed runs give the engine the same script.</summary>
        private static void Invoke(Runspace runspace, string script, long n, string inventory, string report)
        {
            runspace.SessionStateProxy.SetVariable("n", n);
            runspace.SessionStateProxy.SetVariable("inventory", inventory);
            runspace.SessionStateProxy.SetVariable("report", report);
            using var shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddScript(script);
            shell.Invoke();
            if (shell.HadErrors && shell.Streams.Error.Count > 0) throw new InvalidOperationException(shell.Streams.Error[0].ToString());
        }
    }
}
