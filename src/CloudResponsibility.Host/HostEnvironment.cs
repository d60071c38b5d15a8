using System;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// What the host takes from its process, gathered so that tests can run it in process with their own values.
    /// </summary>
    public sealed class HostEnvironment
    {
        public HostEnvironment(string currentDirectory)
        {
            ArgumentException.ThrowIfNullOrEmpty(currentDirectory);
            CurrentDirectory = currentDirectory;
        }

        public string CurrentDirectory { get; }

        /// <summary>Where the executable is; the module is searched for above it after the current directory.</summary>
        public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

        /// <summary>The terminal's width when standard output is one; null when it is redirected.</summary>
        public int? TerminalWidth { get; init; }

        public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;
    }
}
