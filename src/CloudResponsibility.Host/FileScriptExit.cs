using System;
using System.Management.Automation.Runspaces;
using System.Reflection;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// Makes <c>exit N</c> in the -File script end the host with N, as pwsh -File does.
    /// </summary>
    /// <remarks>
    /// The engine treats <c>exit</c> in a script file as "return from this script and set $LASTEXITCODE", unless the
    /// host asked it to pass the exit on. pwsh asks through ExecutionContext.ScriptCommandProcessorShouldRethrowExit,
    /// which is internal and has no public equivalent, so it is set here by reflection. The alternatives change the
    /// script: running its text (no $PSScriptRoot), or a script block from its file (no #requires checks, no
    /// $MyInvocation.MyCommand.Path, $script: resolving to the global scope). The flag is read and cleared by the first
    /// script command created afterwards, which is the -File script itself.
    /// </remarks>
    internal static class FileScriptExit
    {
        private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        public static void PassExitToHost(Runspace runspace) => Set(runspace, true);

        public static void Reset(Runspace runspace) => Set(runspace, false);

        private static void Set(Runspace runspace, bool value)
        {
            object? context = typeof(Runspace).GetProperty("ExecutionContext", Instance)?.GetValue(runspace);
            PropertyInfo? flag = context?.GetType().GetProperty("ScriptCommandProcessorShouldRethrowExit", Instance);
            if (flag is null)
            {
                // Silently ignoring this would turn every 'exit 1' of a failing script into success.
                throw new InvalidOperationException(
                    "This PowerShell engine does not expose the -File exit setting crhost relies on; "
                    + "crhost needs the System.Management.Automation version it was built with.");
            }

            flag.SetValue(context, value);
        }
    }
}
