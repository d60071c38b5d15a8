using System;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>The reader options of the cmdlets that read inventories; a bad -Encoding or -Delimiter stops the command.</summary>
    internal static class InventoryOptions
    {
        public static InventoryReaderOptions From(PSCmdlet cmdlet, string? encoding, char delimiter)
        {
            InventoryReaderOptions options;
            try
            {
                options = InventoryReaderOptions.Default with { Encoding = encoding is null ? null : EncodingNames.Resolve(encoding) };
            }
            catch (ArgumentException exception)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "UnknownEncoding", ErrorCategory.InvalidArgument, encoding));
                throw;
            }
            try
            {
                options = options with { Delimiter = delimiter };
                options.Validate();
            }
            catch (ArgumentException exception)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "InvalidDelimiter", ErrorCategory.InvalidArgument, delimiter));
                throw;
            }
            return options;
        }
    }
}
