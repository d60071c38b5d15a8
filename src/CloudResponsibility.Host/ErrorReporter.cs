using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// Prints an error that ended a pipeline (throw, -ErrorAction Stop, a parse error) the way pwsh does:
    /// through Out-Default, so the engine's ConciseView ("Get-Foo: message", with the script line when there is one)
    /// formats it, and onto stderr.
    /// </summary>
    internal sealed class ErrorReporter
    {
        private readonly Runspace _runspace;
        private readonly ConsoleHostUserInterface _ui;
        private readonly TextWriter _error;

        public ErrorReporter(Runspace runspace, ConsoleHostUserInterface ui, TextWriter error)
        {
            _runspace = runspace;
            _ui = ui;
            _error = error;
        }

        public void Report(Exception exception)
        {
            ErrorRecord record = exception is IContainsErrorRecord container
                ? container.ErrorRecord
                : new ErrorRecord(exception, "crhost.UnhandledException", ErrorCategory.NotSpecified, targetObject: null);
            string text = FormatWithEngine(record);
            if (string.IsNullOrWhiteSpace(text))
            {
                // The view prints nothing for some records (an incomplete parse has no position), and nothing is not an answer.
                text = FormatPlainly(record) + Environment.NewLine;
            }

            _error.Write(text);
        }

        private string FormatWithEngine(ErrorRecord record)
        {
            // Errors inside a pipeline reach Out-Default marked as errors and go to stderr by themselves; a record given
            // as input is formatted as ordinary output, so its text is caught here and sent to stderr.
            using var buffer = new StringWriter();
            _ui.OutputOverride = buffer;
            try
            {
                using Pipeline pipeline = _runspace.CreatePipeline();
                pipeline.Commands.Add("Out-Default");
                pipeline.Invoke(new object[] { record });
            }
            catch (Exception formatFailure) when (formatFailure is RuntimeException or InvalidOperationException)
            {
                // The runspace could not format (it is broken or closing); the plain form below still tells what happened.
                return string.Empty;
            }
            finally
            {
                _ui.OutputOverride = null;
            }

            return buffer.ToString();
        }

        private static string FormatPlainly(ErrorRecord record)
        {
            string? command = record.InvocationInfo?.MyCommand?.Name;
            string label = !string.IsNullOrEmpty(command) ? command
                : record.CategoryInfo.Category == ErrorCategory.NotSpecified ? record.Exception.GetType().Name
                : record.CategoryInfo.Category.ToString();
            string message = record.ErrorDetails?.Message is { Length: > 0 } details ? details : record.Exception.Message;
            string? position = record.InvocationInfo?.PositionMessage;
            return string.IsNullOrEmpty(position)
                ? $"{label}: {message}"
                : $"{label}: {message}{Environment.NewLine}{position}";
        }
    }
}
