using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>The crhost executable itself, started as a process, for what only a process shows: the console streams, and which code the runtime compiles.</summary>
    public sealed class CrhostProcessTests
    {
        [Fact]
        public async Task Main_RedirectedOutput_IsUtf8At120ColumnsWithTheScriptsExitCode()
        {
            using Process process = Start("-NoModule", "-c", "'利用者の責任'; $Host.UI.RawUI.BufferSize.Width; exit 7");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 7, $"exit {process.ExitCode}, stderr: {await stderr}");
            Assert.Equal($"利用者の責任{Environment.NewLine}120{Environment.NewLine}", await stdout);
        }

        /// <summary>
        /// The precompiled module is the one that runs: a pipeline's first run compiles almost none
        /// of the module's or CsvHelper's methods (11 of them here, against 168 when the module is IL only).
        /// The runtime lists what it compiles when asked to through its environment.
        /// </summary>
        [Fact]
        public async Task Module_FirstPipeline_RunsPrecompiledCode()
        {
            using var directory = new TempDirectory();
            string jitLog = Path.Combine(directory.Path, "jit.txt");
            string inventory = RepositoryPaths.Fixture("Inventory", "japanese-utf8.csv");
            string report = Path.Combine(directory.Path, "matrix.csv");
            using Process process = Start(
                new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = jitLog, ["DOTNET_JitDisasmSummary"] = "1" },
                "-c", $"Import-CloudInventory -LiteralPath '{inventory}' | Get-ResponsibilityMatrix | Export-CloudReport -LiteralPath '{report}'");
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}, stderr: {await stderr}");
            Assert.True(File.Exists(report));

            var compiledFirstTime = File.ReadLines(jitLog)
                .Where(line => line.Contains("Tier0", StringComparison.Ordinal))
                .Where(line => line.Contains("JIT compiled CsvHelper.", StringComparison.Ordinal) ||
                               (line.Contains("JIT compiled CloudResponsibility.", StringComparison.Ordinal) && !line.Contains("JIT compiled CloudResponsibility.Host.", StringComparison.Ordinal)))
                .ToList();
            Assert.True(compiledFirstTime.Count < 50, $"{compiledFirstTime.Count} of the module's methods were compiled from IL, e.g.{Environment.NewLine}{string.Join(Environment.NewLine, compiledFirstTime.Take(10))}");
        }

        private static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

        private static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
        {
            // The test host usually runs on the dotnet muxer; when it does not, the one on PATH runs crhost.dll.
            string muxer = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
            var start = new ProcessStartInfo(muxer)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                StandardErrorEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                UseShellExecute = false,
            };
            foreach (var variable in environment)
            {
                start.Environment[variable.Key] = variable.Value;
            }
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crhost.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start) ?? throw new InvalidOperationException("crhost did not start.");
        }
    }
}
