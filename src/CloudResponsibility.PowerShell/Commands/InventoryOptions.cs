using System;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>The reader options of the cmdlets that read inventories; a bad -Encoding or -Delimiter stops the command.</summary>
    internal static class InventoryOptions
    {
        /// <param name="delimiter">-Delimiter when given; null leaves it to each file's name (tab for .tsv, else a comma).</param>
        public static InventoryReaderOptions From(PSCmdlet cmdlet, Language language, string? encoding, char? delimiter, string? worksheetName = null)
        {
            var options = InventoryReaderOptions.Default with { Language = language, Delimiter = delimiter, WorksheetName = worksheetName };
            try
            {
                options = options with { Encoding = encoding is null ? null : EncodingNames.Resolve(encoding) };
            }
            catch (ArgumentException exception)
            {
                cmdlet.ThrowTerminatingError(ErrorRecords.UnknownEncoding(language, encoding, exception));
            }
            try
            {
                options.Validate();
            }
            catch (ArgumentException exception)
            {
                cmdlet.ThrowTerminatingError(ErrorRecords.InvalidDelimiter(language, delimiter ?? ',', exception));
            }
            return options;
        }
    }
}
