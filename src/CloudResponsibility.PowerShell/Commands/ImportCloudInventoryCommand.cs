using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Reads inventory spreadsheets (CSV) of cloud services into typed service objects, streaming:
    /// the first service is out before the file is read through. Headers in English or Japanese;
    /// UTF-8, UTF-16 or Shift_JIS detected. A bad row becomes an error record naming the file, row,
    /// column and value, and the other rows still flow.
    /// </summary>
    [Cmdlet(VerbsData.Import, "CloudInventory", DefaultParameterSetName = "Path")]
    [OutputType(typeof(CloudService))]
    public sealed class ImportCloudInventoryCommand : FileImportCommand
    {
        /// <summary>
        /// The column names of files without a header row, as Import-Csv's -Header: the first row
        /// of each file is data. English or Japanese names, as a header row would have them.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Header { get; set; }

        /// <inheritdoc />
        protected override void Import(string file)
        {
            try
            {
                using var reader = InventoryReader.Open(file, Header is null ? ReaderOptions : ReaderOptions with { Header = Header });
                var errors = InventoryResults.Write(this, reader, result => WriteObject(result.Service));
                // An inventory that comes out empty is most often a failed export: said, so that a job's
                // log shows it before the report of nothing the rest of its pipeline writes.
                if (!errors && reader.DataRows == 0) WriteError(ErrorRecords.InventoryEmpty(OutputLanguage, file, report: null));
                WriteVerbose(Text(MessageKey.InventoryRead, file, reader.Encoding?.WebName, reader.Services, reader.RowsWithErrors, reader.SkippedEmptyRows));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.ReadInventoryFailed(OutputLanguage, exception, file));
            }
        }
    }
}
