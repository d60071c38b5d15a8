using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What a command that takes an inventory file as a whole (Invoke-CloudAudit, the bulk matrix of
    /// Export-ResponsibilityMatrix) asks of it: a file, with a header the reader can take. One that
    /// falls short stops the command with a terminating error before anything is written: an audit
    /// of the rest would report the file's services as gone, and a report without them would replace
    /// the last good one, or be sent on, without a word. The same error IDs in both commands, so
    /// that one script handles both.
    /// </summary>
    internal static class InventoryFileChecks
    {
        /// <summary>The file, when it is one: a folder (PathIsDirectory) or a path with no file (PathNotFound) stops the command.</summary>
        public static string Checked(PSCmdlet cmdlet, Language language, string file)
        {
            if (Directory.Exists(file)) cmdlet.ThrowTerminatingError(ErrorRecords.PathIsDirectory(language, file));
            if (!File.Exists(file)) cmdlet.ThrowTerminatingError(ErrorRecords.PathNotFound(language, file));
            return file;
        }

        /// <summary>
        /// Stops at a header the reader could not take (no ServiceName or ServiceModel, a column twice,
        /// bytes the encoding cannot decode …), after which it read nothing: every problem is an error
        /// record, the last one terminating, with the file as its target. Nothing when
        /// <paramref name="header"/> is null or empty.
        /// </summary>
        public static void StopAtHeader(PSCmdlet cmdlet, string file, IReadOnlyList<InventoryError>? header)
        {
            if (header is null || header.Count == 0) return;
            for (var i = 0; i < header.Count - 1; i++) cmdlet.WriteError(ErrorRecords.Inventory(header[i], null));
            cmdlet.ThrowTerminatingError(ErrorRecords.Inventory(header[header.Count - 1], file));
        }
    }
}
