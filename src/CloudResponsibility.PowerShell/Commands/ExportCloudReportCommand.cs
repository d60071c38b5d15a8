using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.PowerShell.Pipeline;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Writes any objects — the module's, Import-Csv rows, Select-Object output — to a CSV or JSON
    /// report, streaming; Invoke-CloudAudit's findings also to SARIF, JUnit XML, Markdown or HTML. CSV opens correctly in Excel (UTF-8 with BOM, CRLF, formula cells
    /// neutralised); the file is replaced only when complete.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CloudReport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCloudReportCommand : ReportCommand
    {
        private readonly PipelineRow rows;

        /// <summary>Creates the cmdlet.</summary>
        public ExportCloudReportCommand() =>
            rows = new PipelineRow((column, text) => WriteWarning(Messages.Format(OutputLanguage, MessageKey.NestedValueAsText, column, text)));

        /// <summary>
        /// The report file, taken literally: an output file's name is never a wildcard pattern, so
        /// -LiteralPath is another name for it. Its extension (.csv, .json, .sarif, .xml, .md, .html) picks the format unless
        /// -Format is given.
        /// </summary>
        // One parameter, not a Path and a LiteralPath parameter set: with two sets the engine does
        // more work for every object it binds to -InputObject.
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("LiteralPath", "PSPath", "LP")]
        public string Path { get; set; } = string.Empty;

        /// <summary>
        /// For the JUnit report of Invoke-CloudAudit's findings: the severity at or above
        /// which an open finding makes its test case fail; every open finding when omitted.
        /// </summary>
        [Parameter]
        public Audit.FindingSeverity? FailOn { get; set; }

        /// <inheritdoc />
        protected override Audit.FindingSeverity? FindingsFailOn => FailOn;

        /// <summary>The objects to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Csv, Json or Xlsx (any objects), or Sarif, JUnit, Markdown, Html (Invoke-CloudAudit's findings); inferred from the file's extension when omitted.</summary>
        [Parameter]
        public ReportFormat? Format { get; set; }

        /// <inheritdoc />
        protected override ReportFormat? ChosenReportFormat => Format;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            OpenReport(Path);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (Report is null || InputObject is null) return;
            try
            {
                rows.AddTo(Report, InputObject);
            }
            catch (ReportHeaderMismatchException exception)
            {
                ThrowTerminatingError(ErrorRecords.AppendHeaderMismatch(OutputLanguage, exception, ReportPath));
            }
            catch (ReportWriteException exception)
            {
                // Dispose removes the temporary file.
                ThrowTerminatingError(ErrorRecords.WriteReportFailed(OutputLanguage, exception.InnerException ?? exception, ReportPath));
            }
            catch (OperationCanceledException)
            {
                // Stopped while handing a row to the writer: Dispose discards the report.
                throw new PipelineStoppedException();
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (Report is null) return;
            CommitReport();
            if (PassThru) WriteFileItem(ReportPath);
        }
    }
}
