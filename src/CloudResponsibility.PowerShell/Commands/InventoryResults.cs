using System;
using System.Management.Automation;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What a cmdlet does with what an inventory reader reads: each service goes to the cmdlet's own
    /// use of it, a bad row becomes an error record naming the file, row, column and value, and a
    /// warning a warning; the other rows still flow.
    /// </summary>
    internal static class InventoryResults
    {
        public static void Write(Cmdlet cmdlet, InventoryReader reader, Action<InventoryReadResult> useService)
        {
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
                        break;
                    case InventoryReadResultKind.Warning:
                        cmdlet.WriteWarning(result.Warning!.Message);
                        break;
                }
            }
        }
    }
}
