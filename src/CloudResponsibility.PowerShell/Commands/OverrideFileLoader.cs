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
                if (error.ErrorId == InventoryErrorId.MissingRequiredColumn) cmdlet.ThrowTerminatingError(record);
                cmdlet.WriteError(record);
            }
            cmdlet.WriteVerbose(Messages.Format(language, MessageKey.OverridesRead, overrides.Count, path));
            return overrides;
        }
    }
}
