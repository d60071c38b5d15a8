using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// A real PowerShell runspace (the System.Management.Automation engine, in process) with the
    /// module imported by its manifest, as a user imports it. Each test gets its own.
    /// </summary>
    public sealed class ModuleSession : IDisposable
    {
        private readonly Runspace runspace;

        public ModuleSession(string uiCulture = "en-US")
        {
            var state = InitialSessionState.CreateDefault2();
            runspace = RunspaceFactory.CreateRunspace(state);
            runspace.ThreadOptions = PSThreadOptions.UseCurrentThread;
            UiCulture = CultureInfo.GetCultureInfo(uiCulture);
            runspace.Open();
            var import = Run($"Import-Module -Name '{RepositoryPaths.Manifest}' -ErrorAction Stop");
            if (import.Errors.Count > 0) throw new InvalidOperationException("Import-Module failed: " + import.Errors[0]);
        }

        /// <summary>
        /// Imports Microsoft.PowerShell.Utility (Import-Csv, Export-Csv, Select-Object, Group-Object …),
        /// which every pwsh user has and this hosted engine lacks, from its NuGet package. Only the
        /// tests of how the module's objects work with those cmdlets call it; every other test runs
        /// with the engine's core cmdlets alone, so nothing else comes to depend on them.
        /// </summary>
        public ModuleSession WithUtilityCmdlets()
        {
            var import = Run($"Import-Module -Name '{typeof(Microsoft.PowerShell.Commands.ImportCsvCommand).Assembly.Location}' -ErrorAction Stop");
            if (import.Errors.Count > 0) throw new InvalidOperationException("Importing the Utility cmdlets failed: " + import.Errors[0]);
            return this;
        }

        /// <summary>The runspace, for tests that drive a pipeline themselves.</summary>
        public Runspace Runspace => runspace;

        /// <summary>The UI culture scripts run under ($PSUICulture).</summary>
        public CultureInfo UiCulture { get; }

        /// <summary>Runs a script; terminating errors become <see cref="RuntimeException"/>s.</summary>
        public ScriptResult Run(string script)
        {
            var previous = Thread.CurrentThread.CurrentUICulture;
            Thread.CurrentThread.CurrentUICulture = UiCulture;
            try
            {
                using var shell = PowerShell.Create();
                shell.Runspace = runspace;
                shell.AddScript(script);
                var output = shell.Invoke();
                return new ScriptResult(output, shell.Streams.Error.ToList(), shell.Streams.Warning.Select(w => w.Message).ToList(), shell.Streams.Verbose.Select(v => v.Message).ToList());
            }
            finally
            {
                Thread.CurrentThread.CurrentUICulture = previous;
            }
        }

        public void Dispose() => runspace.Dispose();
    }

    /// <summary>What a script wrote: output objects, error records, warnings, verbose messages.</summary>
    public sealed class ScriptResult
    {
        public ScriptResult(Collection<PSObject> output, IReadOnlyList<ErrorRecord> errors, IReadOnlyList<string> warnings, IReadOnlyList<string> verbose)
        {
            Output = output;
            Errors = errors;
            Warnings = warnings;
            Verbose = verbose;
        }

        public Collection<PSObject> Output { get; }
        public IReadOnlyList<ErrorRecord> Errors { get; }
        public IReadOnlyList<string> Warnings { get; }
        public IReadOnlyList<string> Verbose { get; }

        /// <summary>The output's base objects of a type.</summary>
        public IReadOnlyList<T> Of<T>() => Output.Select(o => o.BaseObject).OfType<T>().ToList();

        /// <summary>A property of each output object, as PowerShell sees it.</summary>
        public IReadOnlyList<object?> Property(string name) => Output.Select(o => o.Properties[name]?.Value).ToList();

        /// <summary>Output that must hold no error records.</summary>
        public ScriptResult WithoutErrors()
        {
            if (Errors.Count > 0) throw new Xunit.Sdk.XunitException("The script wrote errors: " + string.Join(Environment.NewLine, Errors.Select(e => e.FullyQualifiedErrorId + ": " + e)));
            return this;
        }
    }
}
