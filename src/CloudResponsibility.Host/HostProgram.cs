using System;
using System.IO;

namespace CloudResponsibility.Host
{
    /// <summary>crhost's entry point, callable in process: arguments and streams in, exit code out.</summary>
    public static class HostProgram
    {
        public const int ExitSuccess = 0;
        public const int ExitFailure = 1;
        public const int ExitUsage = 2;

        /// <summary>Console width when the output is not a terminal: wide enough for the catalog's tables.</summary>
        public const int RedirectedWidth = 120;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory) =>
            Run(args, stdout, stderr, new HostEnvironment(currentDirectory));

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr, HostEnvironment environment)
        {
            ArgumentNullException.ThrowIfNull(args);
            ArgumentNullException.ThrowIfNull(stdout);
            ArgumentNullException.ThrowIfNull(stderr);
            ArgumentNullException.ThrowIfNull(environment);

            HostOptions options;
            try
            {
                options = HostOptions.Parse(args);
            }
            catch (HostUsageException usage)
            {
                stderr.WriteLine("crhost: " + usage.Message);
                stderr.WriteLine();
                stderr.Write(HostOptions.Usage);
                return ExitUsage;
            }

            if (options.ShowHelp)
            {
                stdout.Write(HostOptions.Usage);
                return ExitSuccess;
            }

            string? scriptPath = null;
            if (options.File is not null)
            {
                scriptPath = Path.GetFullPath(options.File, environment.CurrentDirectory);
                string? problem = ScriptFileProblem(scriptPath);
                if (problem is not null)
                {
                    // Checked before the engine starts: a bad path is a command-line mistake, as it is for pwsh -File.
                    stderr.WriteLine("crhost: " + problem);
                    return ExitUsage;
                }
            }

            string? modulePath = null;
            if (!options.NoModule)
            {
                try
                {
                    modulePath = new ModuleLocator(environment.GetEnvironmentVariable, environment.BaseDirectory)
                        .Locate(options.ModulePath, environment.CurrentDirectory);
                }
                catch (ModuleNotFoundException missing)
                {
                    stderr.WriteLine("crhost: " + missing.Message);
                    return ExitFailure;
                }
            }

            int width = options.Width ?? environment.TerminalWidth ?? RedirectedWidth;
            var host = new ConsoleHost(new ConsoleHostUserInterface(stdout, stderr, width));
            using var runner = new ScriptRunner(host, stderr, environment.CurrentDirectory);
            if (modulePath is not null)
            {
                int imported = runner.ImportModule(modulePath);
                if (imported != ExitSuccess)
                {
                    return imported;
                }
            }

            return scriptPath is not null
                ? runner.RunFile(scriptPath, options.ScriptArguments)
                : runner.RunCommand(options.Command!);
        }

        private static string? ScriptFileProblem(string scriptPath)
        {
            if (!scriptPath.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase))
            {
                return $"-File needs a .ps1 script, not '{scriptPath}'.";
            }

            return File.Exists(scriptPath) ? null : $"the script '{scriptPath}' does not exist.";
        }
    }
}
