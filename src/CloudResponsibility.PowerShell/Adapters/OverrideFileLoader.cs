using System.IO;
using System.Management.Automation;
using CloudResponsibility.PowerShell.Commands;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>Reads a contract-override file for a cmdlet: an error record per bad row; a missing column stops the command.</summary>
    internal static class OverrideFileLoader
    {
        public static OverrideSet Load(PSCmdlet cmdlet, string path)
        {
            if (!File.Exists(path))
                cmdlet.ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"The override file '{path}' does not exist.", path), "OverrideFileNotFound", ErrorCategory.ObjectNotFound, path));
            var (overrides, errors) = ContractOverrideFile.Read(path);
            foreach (var error in errors)
            {
                var record = ErrorRecords.Inventory(error, null);
                if (error.ErrorId == Inventory.InventoryErrorId.MissingRequiredColumn) cmdlet.ThrowTerminatingError(record);
                cmdlet.WriteError(record);
            }
            cmdlet.WriteVerbose($"Read {overrides.Count} contract override(s) from '{path}'.");
            return overrides;
        }
    }
}
