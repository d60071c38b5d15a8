using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// One run of the help compiler as the build runs it: <c>dotnet CloudResponsibility.HelpCompiler.dll
    /// &lt;assembly&gt; &lt;sources&gt; &lt;outputs...&gt;</c>, from the build of this test's configuration
    /// (the test project builds the cmdlets, whose build builds the compiler first).
    /// </summary>
    public sealed class HelpCompilerRun
    {
        private HelpCompilerRun(int exitCode, string output)
        {
            ExitCode = exitCode;
            Output = output;
        }

        public int ExitCode { get; }

        /// <summary>Standard output and error together: the problems, one per line.</summary>
        public string Output { get; }

        /// <summary>The compiled cmdlet assembly the module imports on PowerShell 7.</summary>
        public static string CmdletAssembly => Path.Combine(RepositoryPaths.Root, "module", "bin", "Core", "CloudResponsibility.PowerShell.dll");

        /// <summary>The help sources of the repository.</summary>
        public static string ShippedSources => Path.Combine(RepositoryPaths.Root, "src", "CloudResponsibility.PowerShell", "Help");

        private static string Compiler
        {
            get
            {
                var configuration = typeof(HelpCompilerRun).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
                return Path.Combine(RepositoryPaths.Root, "src", "CloudResponsibility.HelpCompiler", "bin", configuration, "net10.0", "CloudResponsibility.HelpCompiler.dll");
            }
        }

        /// <summary>Runs the compiler on the cmdlet assembly, <paramref name="sources"/> and <paramref name="outputs"/>.</summary>
        public static HelpCompilerRun Of(string sources, params string[] outputs)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Compiler);
            start.ArgumentList.Add(CmdletAssembly);
            start.ArgumentList.Add(sources);
            foreach (var folder in outputs) start.ArgumentList.Add(folder);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return new HelpCompilerRun(process.ExitCode, output + error.GetAwaiter().GetResult());
        }

        /// <summary>The dotnet executable running these tests, else the one on the PATH.</summary>
        private static string DotnetHost()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
            var process = Environment.ProcessPath;
            var name = Path.GetFileNameWithoutExtension(process ?? string.Empty);
            return process is not null && string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase) ? process : "dotnet";
        }

        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}";
    }
}
