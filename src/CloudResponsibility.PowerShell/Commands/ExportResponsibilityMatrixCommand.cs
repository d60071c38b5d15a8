using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// For scheduled jobs: reads an inventory file and writes every service's responsibility
    /// matrix to a report in one pass, without a pipeline object per row — the same rows as
    /// <c>Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport</c>, without the engine's cost per object.
    /// </summary>
    [Cmdlet(VerbsData.Export, "ResponsibilityMatrix", SupportsShouldProcess = true)]
    [OutputType(typeof(BulkExportSummary))]
    public sealed class ExportResponsibilityMatrixCommand : ReportCommand
    {
        /// <summary>The inventory file to read (CSV; headers in English or Japanese).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string InventoryPath { get; set; } = string.Empty;

        /// <summary>The report to write; .csv or .json.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        public string Path { get; set; } = string.Empty;

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause.</summary>
        [Parameter]
        public string? OverridePath { get; set; }

        /// <summary>The inventory's encoding; detected when omitted (BOM, else UTF-8, else Shift_JIS).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string? InventoryEncoding { get; set; }

        /// <summary>
        /// The columns to write, in this order: the matrix row's (ServiceName, Layer, Owner …) and the
        /// inventory's own, by their header. Every column when omitted.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Property { get; set; }

        /// <summary>Csv, Json or Xlsx; inferred from the file's extension (.csv .txt .tsv, .json, .xlsx) when omitted.</summary>
        [Parameter]
        // The findings formats (Sarif, JUnit, Markdown, Html) are Invoke-CloudAudit's: a matrix is a table.
        [ValidateSet(nameof(ReportFormat.Csv), nameof(ReportFormat.Json), nameof(ReportFormat.Xlsx))]
        public ReportFormat? Format { get; set; }

        /// <inheritdoc />
        protected override ReportFormat? ChosenReportFormat => Format;

        /// <inheritdoc />
        protected override bool RowsComeInBulk => true;

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var inventory = ProviderPaths.FileSystemPath(this, OutputLanguage, InventoryPath);
            if (Directory.Exists(inventory)) ThrowTerminatingError(ErrorRecords.PathIsDirectory(OutputLanguage, inventory));
            if (!File.Exists(inventory)) ThrowTerminatingError(ErrorRecords.PathNotFound(OutputLanguage, inventory));
            var readerOptions = InventoryOptions.From(this, OutputLanguage, InventoryEncoding, ChosenDelimiter);
            var overrides = OverridePath is null ? null : OverrideFileLoader.Load(this, OutputLanguage, ProviderPaths.FileSystemPath(this, OutputLanguage, OverridePath));
            var export = CreateExport(overrides);
            if (!OpenReport(Path)) return;

            BulkExportSummary summary;
            try
            {
                using var reader = InventoryReader.Open(inventory, readerOptions, StopToken);
                summary = export.Run(reader, Report!, problem =>
                {
                    if (problem.Kind == InventoryReadResultKind.Error) WriteError(ErrorRecords.Inventory(problem.Error!, null));
                    else WriteWarning(problem.Warning!.Message);
                }, StopToken);
            }
            catch (OperationCanceledException)
            {
                // Stopped (Ctrl+C): Dispose discards the report; the old one stays as it was.
                throw new PipelineStoppedException();
            }
            catch (ReportWriteException exception)
            {
                // The report's fault (a full disk), not the inventory's; Dispose removes the temporary file.
                ThrowTerminatingError(ErrorRecords.WriteReportFailed(OutputLanguage, exception.InnerException ?? exception, ReportPath));
                return;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.ReadInventoryFailed(OutputLanguage, exception, inventory));
                return;
            }
            catch (UnknownColumnException exception)
            {
                // Found at the first service, before any row is written; Dispose discards the report.
                ThrowTerminatingError(ErrorRecords.UnknownColumn(OutputLanguage, exception));
                return;
            }
            catch (ReportHeaderMismatchException exception)
            {
                ThrowTerminatingError(ErrorRecords.AppendHeaderMismatch(OutputLanguage, exception, ReportPath));
                return;
            }
            // A file that gave no row is most often a failed export: an empty matrix would replace the
            // last good one. Nothing is written, and the error says why (as the audit stops on it).
            if (summary.Services == 0 && summary.RowsWithErrors == 0)
            {
                Dispose();
                ThrowTerminatingError(ErrorRecords.InventoryEmpty(OutputLanguage, inventory, ReportPath));
            }
            CommitReport();
            OverrideFileLoader.WarnUnmatched(this, OutputLanguage, overrides);
            WriteVerbose(Text(MessageKey.BulkExported, summary.Services, summary.Rows, summary.RowsWithErrors, summary.SkippedEmptyRows));
            if (PassThru) WriteObject(summary);
        }

        private BulkMatrixExport CreateExport(OverrideSet? overrides)
        {
            var catalog = CatalogCommand.Load(this, OutputLanguage);
            try
            {
                return new BulkMatrixExport(catalog, overrides, Property);
            }
            catch (ArgumentException exception)
            {
                // A name twice, or empty. Any other name may be one of the inventory's own columns,
                // which are known only once it is read: Run checks those.
                ThrowTerminatingError(ErrorRecords.InvalidColumnList(OutputLanguage, exception, Property!));
                throw;
            }
        }
    }
}
