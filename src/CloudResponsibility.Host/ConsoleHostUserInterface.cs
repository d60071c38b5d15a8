using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// Where the engine writes: formatted output and host messages (what Write-Host writes) to stdout; errors,
    /// warnings, verbose and debug messages to stderr, so that stdout carries only the results a caller may redirect.
    /// </summary>
    internal sealed class ConsoleHostUserInterface : PSHostUserInterface
    {
        private readonly TextWriter _output;
        private readonly TextWriter _error;
        private readonly ConsoleRawUserInterface _rawUI;

        public ConsoleHostUserInterface(TextWriter output, TextWriter error, int width)
        {
            _output = output;
            _error = error;
            _rawUI = new ConsoleRawUserInterface(width);
        }

        public override PSHostRawUserInterface RawUI => _rawUI;

        /// <summary>
        /// When set, output is written here instead of stdout. The error reporter uses it to format an error record
        /// with the engine's own error view and still send the text to stderr.
        /// </summary>
        public TextWriter? OutputOverride { get; set; }

        private TextWriter Output => OutputOverride ?? _output;

        // Colours are dropped: the output is as often a file or a pipe as a terminal. For the same reason the escape
        // codes the formatter puts in table headers and error views are stripped unless $PSStyle.OutputRendering is Ansi.
        public override void Write(string value) => Output.Write(Plain(value));

        public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Output.Write(Plain(value));

        public override void WriteLine() => Output.WriteLine();

        public override void WriteLine(string value) => Output.WriteLine(Plain(value));

        public override void WriteLine(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Output.WriteLine(Plain(value));

        public override void WriteErrorLine(string value) => _error.WriteLine(Plain(value));

        public override void WriteWarningLine(string message) => _error.WriteLine("WARNING: " + Plain(message));

        public override void WriteVerboseLine(string message) => _error.WriteLine("VERBOSE: " + Plain(message));

        public override void WriteDebugLine(string message) => _error.WriteLine("DEBUG: " + Plain(message));

        public override void WriteProgress(long sourceId, ProgressRecord record)
        {
            // Progress bars redraw one screen line; in a log or a pipe each update would be a new line of noise.
        }

        public override string ReadLine() => throw NotInteractive("read a line");

        public override SecureString ReadLineAsSecureString() => throw NotInteractive("read a secret");

        public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
            throw NotInteractive("prompt for " + FieldNames(descriptions));

        public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) =>
            throw NotInteractive($"answer \"{message}\"");

        public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
            throw NotInteractive("prompt for a credential");

        public override PSCredential PromptForCredential(
            string caption,
            string message,
            string userName,
            string targetName,
            PSCredentialTypes allowedCredentialTypes,
            PSCredentialUIOptions options) =>
            throw NotInteractive("prompt for a credential");

        // The host runs in scripts and CI where nobody answers; failing at once beats waiting on a closed stdin.
        internal static HostException NotInteractive(string what) =>
            new($"crhost is not interactive and cannot {what}. Pass every value on the command line.");

        private static string Plain(string text) => GetOutputString(text, supportsVirtualTerminal: false);

        private static string FieldNames(Collection<FieldDescription> descriptions)
        {
            var names = new List<string>(descriptions.Count);
            foreach (FieldDescription description in descriptions)
            {
                names.Add(description.Name);
            }

            return string.Join(", ", names);
        }
    }
}
