using System;
using System.IO;
using CloudResponsibility.Host;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>One in-process run of crhost: what it returned and wrote.</summary>
    public sealed class CrhostRun
    {
        private CrhostRun(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }

        public string Stdout { get; }

        public string Stderr { get; }

        /// <summary>
        /// Runs crhost in <paramref name="currentDirectory"/>, cut off from the process: no environment variables, and
        /// the executable's folder is the current one, so the repository's own manifest is never found by accident.
        /// </summary>
        public static CrhostRun In(string currentDirectory, params string[] args) =>
            With(new HostEnvironment(currentDirectory) { BaseDirectory = currentDirectory, GetEnvironmentVariable = _ => null }, args);

        public static CrhostRun With(HostEnvironment environment, params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            int exitCode = HostProgram.Run(args, stdout, stderr, environment);
            return new CrhostRun(exitCode, stdout.ToString(), stderr.ToString());
        }

        /// <summary>Runs <c>-NoModule -Command <paramref name="command"/></c> in the temp folder.</summary>
        public static CrhostRun Command(string command) => In(Path.GetTempPath(), "-NoModule", "-Command", command);

        public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Stdout}stderr:{Environment.NewLine}{Stderr}";
    }
}
