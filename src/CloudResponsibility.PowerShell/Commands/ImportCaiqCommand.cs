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
    [Cmdlet(VerbsData.Import, "Caiq", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaiqAnswer))]
    public sealed class ImportCaiqCommand : TableReadingCommand
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        /// <summary>CAIQ files (.xlsx, or the questions sheet saved as CSV); wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = PathSet)]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>CAIQ files, taken literally (no wildcard characters are interpreted).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP")]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>The service the vendor answered for, as the inventory names it; each file's name without its extension when omitted.</summary>
        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string? ServiceName { get; set; }

        /// <summary>The service's model (SaaS, PaaS, IaaS …), carried on each answer; none when omitted.</summary>
        [Parameter]
        public ServiceModel? ServiceModel { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, literal ? LiteralPath : Path, literal)) Import(file);
        }

        private void Import(string file)
        {
            if (Directory.Exists(file))
            {
                WriteError(ErrorRecords.PathIsDirectory(OutputLanguage, file));
                return;
            }
            if (!File.Exists(file))
            {
                WriteError(ErrorRecords.PathNotFound(OutputLanguage, file));
                return;
            }
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
