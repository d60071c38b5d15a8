using System.IO;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Reads a contract-override file for a cmdlet: an error record per bad row; a missing column stops the command.</summary>
    internal static class OverrideFileLoader
    {
        public static OverrideSet Load(PSCmdlet cmdlet, Language language, string path)
        {
            if (!File.Exists(path)) cmdlet.ThrowTerminatingError(ErrorRecords.OverrideFileNotFound(language, path));
            var (overrides, errors) = ContractOverrideFile.Read(path, language);
            foreach (var error in errors)
            {
                var record = ErrorRecords.Inventory(error, null);
                // A file cut off mid-row would apply in part: stopped on, as a header without its columns is.
                if (error.ErrorId == InventoryErrorId.MissingRequiredColumn || error.ErrorId == InventoryErrorId.TruncatedFile) cmdlet.ThrowTerminatingError(record);
                cmdlet.WriteError(record);
            }
            cmdlet.WriteVerbose(Messages.Format(language, MessageKey.OverridesRead, overrides.Count, path));
            return overrides;
        }

        /// <summary>
        /// A warning per service of the override file that no service piped or read matched: its
        /// overrides were silently unused before, though most often the name is misspelt.
        /// </summary>
        public static void WarnUnmatched(PSCmdlet cmdlet, Language language, OverrideSet? overrides)
        {
            if (overrides is null) return;
            foreach (var (serviceName, file, row) in overrides.Unmatched())
                cmdlet.WriteWarning(Messages.Format(language, MessageKey.OverrideServiceNotInInventory, file, row, serviceName));
        }
    }
}
