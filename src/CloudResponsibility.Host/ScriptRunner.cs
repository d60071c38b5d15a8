using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Microsoft.PowerShell;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// One runspace on the engine, and pwsh's rules for running a command line in it: output through Out-Default,
    /// terminating errors reported on stderr, and the exit code.
    /// </summary>
    internal sealed class ScriptRunner : IDisposable
    {
        private readonly ConsoleHost _host;
        private readonly Runspace _runspace;
        private readonly ErrorReporter _errors;

        public ScriptRunner(ConsoleHost host, TextWriter error, string currentDirectory)
        {
            _host = host;
            InitialSessionState state = InitialSessionState.CreateDefault2();
            if (OperatingSystem.IsWindows())
            {
                // Without a policy of its own a hosted engine on Windows is Restricted and refuses the module's .psm1 and
                // every -File script, and this engine has no Set-ExecutionPolicy. What runs is what the user named on the
                // command line, as with pwsh -ExecutionPolicy Bypass. (Other platforms have no execution policy.)
                state.ExecutionPolicy = ExecutionPolicy.Bypass;
            }

            _runspace = RunspaceFactory.CreateRunspace(host, state);
            _runspace.Open();

            // The runspace starts in the process's directory; the caller's may differ (tests run in process).
            _runspace.SessionStateProxy.Path.SetLocation(WildcardPattern.Escape(currentDirectory));
            _errors = new ErrorReporter(_runspace, host.ConsoleUI, error);
        }

        /// <returns>0 when the module is imported, else the exit code to end with.</returns>
        public int ImportModule(string manifestPath)
        {
            var import = new Command("Import-Module");
            import.Parameters.Add("Name", manifestPath);
            import.Parameters.Add("ErrorAction", ActionPreference.Stop);
            using Pipeline pipeline = _runspace.CreatePipeline();
            pipeline.Commands.Add(import);
            return Run(pipeline, exitCodeFollowsLastStatement: false);
        }

        public int RunCommand(string text)
        {
            // Added to history as pwsh does with -Command: only such a pipeline leaves $? as its last statement set it
            // (the engine restores $? after any other), and the exit code is read from $?.
            using Pipeline pipeline = _runspace.CreatePipeline(text, addToHistory: true);
            return Run(pipeline, exitCodeFollowsLastStatement: true);
        }

        public int RunFile(string scriptPath, IReadOnlyList<string> arguments)
        {
            // Called by its path, as pwsh -File does, so that $PSScriptRoot, $PSCommandPath, $MyInvocation and
            // #requires behave as they do there.
            var script = new Command(scriptPath, isScript: false, useLocalScope: false);
            foreach (CommandParameter parameter in ScriptArguments.ToParameters(arguments))
            {
                script.Parameters.Add(parameter);
            }

            using Pipeline pipeline = _runspace.CreatePipeline();
            pipeline.Commands.Add(script);
            FileScriptExit.PassExitToHost(_runspace);
            try
            {
                // pwsh -File: "with normal termination, the exit code is always 0"; only exit and uncaught errors count.
                return Run(pipeline, exitCodeFollowsLastStatement: false);
            }
            finally
            {
                FileScriptExit.Reset(_runspace);
            }
        }

        public void Dispose() => _runspace.Dispose();

        private int Run(Pipeline pipeline, bool exitCodeFollowsLastStatement)
        {
            // The command's errors join its output so that Out-Default prints them where they happened among the
            // results (on stderr, in the error view), as pwsh does.
            pipeline.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
            pipeline.Commands.Add("Out-Default");
            bool completed = TryInvoke(pipeline);
            if (_host.ShouldExit)
            {
                return _host.ExitCode;
            }

            if (!completed)
            {
                return HostProgram.ExitFailure;
            }

            return !exitCodeFollowsLastStatement || LastStatementSucceeded() ? HostProgram.ExitSuccess : HostProgram.ExitFailure;
        }

        private bool TryInvoke(Pipeline pipeline)
        {
            try
            {
                pipeline.Invoke();
                return true;
            }
            catch (Exception exception)
            {
                // Whatever ended the script, engine or .NET, is the script's error to show; the host itself carries on to
                // report it and return 1.
                _errors.Report(exception);
                return false;
            }
        }

        private bool LastStatementSucceeded()
        {
            // Not added to history, so this query leaves $? as it found it.
            using Pipeline query = _runspace.CreatePipeline("$global:?");
            Collection<PSObject> result = query.Invoke();
            return result.Count == 1 && result[0]?.BaseObject is true;
        }
    }
}
