using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>The crhost executable itself, started as a process, for what only Main decides: the console streams.</summary>
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

        private static Process Start(params string[] args)
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
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crhost.dll"));
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start) ?? throw new InvalidOperationException("crhost did not start.");
        }
    }
}
