using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>The files a cmdlet's -Path (wildcards expanded) or -LiteralPath names, as file-system paths.</summary>
    internal static class ProviderPaths
    {
        /// <summary>
        /// The files of <paramref name="paths"/>, in order; a path that is not there, or a pattern that
        /// matches nothing, is a PathNotFound error record, and the other paths are still resolved.
        /// </summary>
        public static IEnumerable<string> Resolve(PSCmdlet cmdlet, Language language, IEnumerable<string> paths, bool literal)
        {
            foreach (var path in paths)
            {
                if (literal)
                {
                    yield return cmdlet.GetUnresolvedProviderPathFromPSPath(path);
                    continue;
                }
                Collection<string>? resolved = null;
                try
                {
                    resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out _);
                }
                catch (ItemNotFoundException)
                {
                    cmdlet.WriteError(ErrorRecords.PathNotFound(language, path));
                }
                // A pattern that matches nothing resolves to no path, without an exception.
                if (resolved is not null && resolved.Count == 0) cmdlet.WriteError(ErrorRecords.PathNotFound(language, path));
                if (resolved is null) continue;
                foreach (var file in resolved) yield return file;
            }
        }
    }
}
