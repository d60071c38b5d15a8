using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using CloudResponsibility.Model;
using Microsoft.PowerShell.Commands;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>The files a cmdlet's -Path (wildcards expanded) or -LiteralPath names, as file-system paths.</summary>
    internal static class ProviderPaths
    {
        /// <summary>
        /// The files of <paramref name="paths"/>, in order; a path that is not there, or a pattern that
        /// matches nothing, is a PathNotFound error record, and the other paths are still resolved.
        /// <paramref name="fail"/>, when given, takes those records instead of the error stream: a
        /// cmdlet that cannot go on without every file stops there, one that compares notes the gap.
        /// </summary>
        public static IEnumerable<string> Resolve(PSCmdlet cmdlet, Language language, IEnumerable<string> paths, bool literal, Action<ErrorRecord>? fail = null)
        {
            fail ??= cmdlet.WriteError;
            foreach (var path in paths)
            {
                if (literal)
                {
                    var file = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var literalProvider, out _);
                    if (IsFileSystem(literalProvider)) yield return file;
                    else fail(ErrorRecords.NotFileSystemPath(language, path, literalProvider.Name));
                    continue;
                }
                Collection<string>? resolved = null;
                try
                {
                    resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out var provider);
                    if (!IsFileSystem(provider))
                    {
                        fail(ErrorRecords.NotFileSystemPath(language, path, provider.Name));
                        continue;
                    }
                }
                catch (ItemNotFoundException)
                {
                    fail(ErrorRecords.PathNotFound(language, path));
                }
                // A pattern that matches nothing resolves to no path, without an exception.
                if (resolved is not null && resolved.Count == 0) fail(ErrorRecords.PathNotFound(language, path));
                if (resolved is null) continue;
                foreach (var file in resolved) yield return file;
            }
        }

        /// <summary>
        /// The file-system path of a file the cmdlet reads or writes; a path of another provider
        /// (env:, function:, variable: …) stops the command, as it stops Export-Csv, instead of being
        /// stripped of its drive and taken relative to the process's directory.
        /// </summary>
        public static string FileSystemPath(PSCmdlet cmdlet, Language language, string path)
        {
            var file = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
            if (!IsFileSystem(provider)) cmdlet.ThrowTerminatingError(ErrorRecords.NotFileSystemPath(language, path, provider.Name));
            return file;
        }

        private static bool IsFileSystem(ProviderInfo provider) => provider.ImplementingType == typeof(FileSystemProvider);
    }
}
