using System;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Bench
{
    /// <summary>Runs one scenario in this (child) process and prints its measurement.</summary>
    internal static class ScenarioRunner
    {
        public static int RunChild(BenchOptions options)
        {
            var output = Path.Combine(options.Work, $"out-{options.Scenario}-{options.Size}.csv");
            long rows;
            var stopwatch = new Stopwatch();
            switch (options.Scenario)
            {
                case Scenarios.RawCsvHelper:
                    stopwatch.Start();
                    rows = RawCsvHelperLoop.Run(options.Input, output);
                    break;
                case Scenarios.BulkLibrary:
                    var catalog = CloudCatalog.Default.In(Language.En);
                    stopwatch.Start();
                    using (var reader = InventoryReader.Open(options.Input))
                    using (var report = ReportSession.Open(output, ReportFormat.Csv, new ReportOptions()))
                    {
                        rows = new BulkMatrixExport(catalog).Run(reader, report, _ => { }).Rows;
                        report.Commit();
                    }
                    break;
                default:
                    rows = RunInEngine(options, output, stopwatch);
                    break;
            }
            stopwatch.Stop();
            if (File.Exists(output)) File.Delete(output);
            Console.WriteLine(new Measurement(options.Scenario!, options.Size, rows, stopwatch.Elapsed.TotalSeconds, PeakMemory.Bytes()).ToLine());
            return 0;
        }

        private static long RunInEngine(BenchOptions options, string output, Stopwatch stopwatch)
        {
            var state = InitialSessionState.CreateDefault2();
            using var runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            Invoke(runspace, $"Import-Module '{options.Manifest}' -ErrorAction Stop; Import-Module '{typeof(SendBenchObjectCommand).Assembly.Location}' -ErrorAction Stop; $null = Get-CloudThreat -Language en");
            var n = options.Size;
            var (script, rows) = options.Scenario switch
            {
                Scenarios.FloorN => ($"Send-BenchObject -Count {n} | Receive-BenchObject", n),
                Scenarios.Floor9N => ($"Send-BenchObject -Count {9 * n} | Receive-BenchObject", 9 * n),
                Scenarios.ImportOnly => ($"Import-CloudInventory -LiteralPath '{options.Input}' | Receive-BenchObject", n),
                Scenarios.Pipeline => ($"Import-CloudInventory -LiteralPath '{options.Input}' | Get-ResponsibilityMatrix -Language en | Export-CloudReport -LiteralPath '{output}'", 9 * n),
                Scenarios.BulkCmdlet => ($"Export-ResponsibilityMatrix -InventoryPath '{options.Input}' -Path '{output}' -Language en", 9 * n),
                _ => throw new ArgumentException("Unknown scenario " + options.Scenario),
            };
            stopwatch.Start();
            Invoke(runspace, script);
            return rows;
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
