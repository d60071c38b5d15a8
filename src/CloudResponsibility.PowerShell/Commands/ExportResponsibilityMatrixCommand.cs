using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Inventory;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Adapters;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.Resolution;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// For scheduled jobs: reads an inventory file and writes every service's responsibility
    /// matrix to a report in one pass, without a pipeline object per row — the same rows as
    /// <c>Import-CloudInventory | Get-ResponsibilityMatrix | Export-CloudReport</c>, many times faster.
    /// </summary>
    [Cmdlet(VerbsData.Export, "ResponsibilityMatrix", SupportsShouldProcess = true)]
    [OutputType(typeof(BulkExportSummary))]
    public sealed class ExportResponsibilityMatrixCommand : CatalogCommand, IDisposable
    {
        private ReportSession? session;

        /// <summary>The inventory file to read (CSV; headers in English or Japanese).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string InventoryPath { get; set; } = string.Empty;

        /// <summary>The report to write; .csv or .json.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        public string Path { get; set; } = string.Empty;

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause.</summary>
        [Parameter]
        public string? OverridePath { get; set; }

        /// <summary>Csv or Json; inferred from the report's extension when omitted.</summary>
        [Parameter]
        public ReportFormat? Format { get; set; }

        /// <summary>The report's encoding: utf8BOM (default, for Excel), utf8NoBOM, unicode, shift_jis …</summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string Encoding { get; set; } = "utf8BOM";

        /// <summary>The inventory's encoding; detected when omitted (BOM, else UTF-8, else Shift_JIS).</summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string? InventoryEncoding { get; set; }

        /// <summary>The field separator of both files: ',' by default.</summary>
        [Parameter]
        public char Delimiter { get; set; } = ',';

        /// <summary>Writes cells that start with = + - @ tab or CR as they are, without the protecting apostrophe.</summary>
        [Parameter]
        public SwitchParameter NoFormulaProtection { get; set; }

        /// <summary>Does not overwrite an existing report.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Overwrites a read-only report.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>
        /// The columns to write, in this order: the matrix row's (ServiceName, Layer, Owner …) and the
        /// inventory's own, by their header. Every column when omitted.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Property { get; set; }

        /// <summary>Writes a summary (services, rows, rows with errors) when done.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var inventory = GetUnresolvedProviderPathFromPSPath(InventoryPath);
            if (!File.Exists(inventory))
                ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"The inventory '{inventory}' does not exist.", inventory), "PathNotFound", ErrorCategory.ObjectNotFound, InventoryPath));
            var readerOptions = InventoryOptions.From(this, InventoryEncoding, Delimiter);
            var overrides = OverridePath is null ? null : OverrideFileLoader.Load(this, GetUnresolvedProviderPathFromPSPath(OverridePath));
            var export = CreateExport(overrides);
            var destination = new ReportDestination(this, Path, Format);
            session = destination.Open(Encoding, Delimiter, !NoFormulaProtection, append: false, NoClobber, Force);
            if (session is null) return;

            BulkExportSummary summary;
            try
            {
                using var reader = InventoryReader.Open(inventory, readerOptions);
                summary = export.Run(reader, session, problem =>
                {
                    if (problem.Kind == InventoryReadResultKind.Error) WriteError(ErrorRecords.Inventory(problem.Error!, null));
                    else WriteWarning(problem.Warning!.Message);
                });
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "ReadInventoryFailed", ErrorCategory.ReadError, inventory));
                return;
            }
            catch (UnknownColumnException exception)
            {
                // Found at the first service, before any row is written; Dispose discards the report.
                ThrowTerminatingError(ErrorRecords.UnknownColumn(exception));
                return;
            }
            destination.Commit(session);
            WriteVerbose($"{summary.Services} service(s) → {summary.Rows} row(s); {summary.RowsWithErrors} inventory row(s) with errors; {summary.SkippedEmptyRows} empty row(s) skipped.");
            if (PassThru) WriteObject(summary);
        }

        private BulkMatrixExport CreateExport(OverrideSet? overrides)
        {
            try
            {
                return new BulkMatrixExport(Catalog, overrides, Property);
            }
            catch (ArgumentException exception)
            {
                // A name twice, or empty. Any other name may be one of the inventory's own columns,
                // which are known only once it is read: Run checks those.
                ThrowTerminatingError(ErrorRecords.InvalidColumnList(exception, Property!));
                throw;
            }
        }

        /// <summary>Discards the unfinished report when the command stops or fails; the old file stays.</summary>
        public void Dispose()
        {
            session?.Dispose();
            session = null;
        }
    }
}
