using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Caiq;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Reads a vendor's filled CSA CAIQ v4 — the workbook as CSA ships it, or its questions sheet
    /// saved as CSV — into one answer object per question, streaming: the vendor's answer, the owner
    /// it declares (SSRM Control Ownership) and its own texts. A bad row becomes an error record
    /// naming the file, sheet, row, column and value, and the other rows still flow.
    /// </summary>
    [Cmdlet(VerbsData.Import, "Caiq", DefaultParameterSetName = "Path")]
    [OutputType(typeof(CaiqAnswer))]
    public sealed class ImportCaiqCommand : FileImportCommand
    {
        /// <summary>The service the vendor answered for, as the inventory names it; each file's name without its extension when omitted.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? ServiceName { get; set; }

        /// <summary>The service's model (SaaS, PaaS, IaaS …), carried on each answer; none when omitted.</summary>
        [Parameter]
        public ServiceModel? ServiceModel { get; set; }

        /// <inheritdoc />
        protected override void Import(string file)
        {
            try
            {
                using var reader = CaiqReader.Open(file, ServiceName, ServiceModel, ReaderOptions);
                while (reader.Read())
                {
                    var current = reader.Current;
                    if (current.Answer is not null) WriteObject(current.Answer);
                    else foreach (var error in current.Errors) WriteError(ErrorRecords.Inventory(error, null));
                }
                WriteVerbose(Text(MessageKey.CaiqRead, file, reader.Sheet ?? reader.Encoding?.WebName, reader.HeaderRow, reader.Answers, reader.RowsWithErrors, reader.SkippedEmptyRows, reader.TitleRows));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.ReadCaiqFailed(OutputLanguage, exception, file));
            }
        }
    }
}
