using System;
using System.Globalization;
using System.Management.Automation.Host;

namespace CloudResponsibility.Host
{
    /// <summary>The PSHost the engine talks to: the streams of <see cref="ConsoleHostUserInterface"/> and the exit code.</summary>
    internal sealed class ConsoleHost : PSHost
    {
        private readonly ConsoleHostUserInterface _ui;

        // Captured here because the engine runs pipelines on its own threads, whose cultures are not the caller's.
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public ConsoleHost(ConsoleHostUserInterface ui)
        {
            _ui = ui;
        }

        public override string Name => "crhost";

        public override Version Version { get; } = typeof(ConsoleHost).Assembly.GetName().Version ?? new Version(0, 0);

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override PSHostUserInterface UI => _ui;

        public ConsoleHostUserInterface ConsoleUI => _ui;

        public override CultureInfo CurrentCulture => _culture;

        public override CultureInfo CurrentUICulture => _uiCulture;

        /// <summary>True once the script has run <c>exit</c>; <see cref="ExitCode"/> is then its value.</summary>
        public bool ShouldExit { get; private set; }

        public int ExitCode { get; private set; }

        public override void SetShouldExit(int exitCode)
        {
            ShouldExit = true;
            ExitCode = exitCode;
        }

        public override void EnterNestedPrompt() => throw ConsoleHostUserInterface.NotInteractive("open a nested prompt");

        public override void ExitNestedPrompt() => throw ConsoleHostUserInterface.NotInteractive("leave a nested prompt");

        public override void NotifyBeginApplication()
        {
            // A native program started by the script inherits the process's console as it is; there is no state to save.
        }

        public override void NotifyEndApplication()
        {
            // Nothing was saved by NotifyBeginApplication, so nothing is restored.
        }
    }
}
