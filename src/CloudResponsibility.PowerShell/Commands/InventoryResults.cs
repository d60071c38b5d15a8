using System;
using System.Management.Automation;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What a cmdlet does with what an inventory reader reads: each service goes to the cmdlet's own
    /// use of it, a bad row becomes an error record naming the file, row, column and value, and a
    /// warning a warning; the other rows still flow. True when an error was written.
    /// </summary>
    internal static class InventoryResults
    {
        public static bool Write(Cmdlet cmdlet, InventoryReader reader, Action<InventoryReadResult> useService)
        {
            var errors = false;
            while (reader.Read())
            {
                var result = reader.Current!;
                switch (result.Kind)
                {
                    case InventoryReadResultKind.Service:
                        useService(result);
                        break;
                    case InventoryReadResultKind.Error:
                        cmdlet.WriteError(ErrorRecords.Inventory(result.Error!, null));
                        errors = true;
                        break;
                    case InventoryReadResultKind.Warning:
                        cmdlet.WriteWarning(result.Warning!.Message);
                        break;
                }
            }
            return errors;
        }
    }
}
