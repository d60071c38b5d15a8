using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Adapters;
using CloudResponsibility.PowerShell.Completion;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Writes any objects — the module's, Import-Csv rows, Select-Object output — to a CSV or JSON
    /// report, streaming. CSV opens correctly in Excel (UTF-8 with BOM, CRLF, formula cells
    /// neutralised); the file is replaced only when complete.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CloudReport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCloudReportCommand : PSCmdlet, IDisposable
    {
        private readonly PipelineRow rows = new PipelineRow();
        private ReportDestination? destination;
        private ReportSession? session;

        /// <summary>
        /// The report file, taken literally: an output file's name is never a wildcard pattern, so
        /// -LiteralPath is another name for it. Its extension (.csv, .json) picks the format unless
        /// -Format is given.
        /// </summary>
        // One parameter, not a Path and a LiteralPath parameter set: with two sets the engine does
        // more work for every object it binds to -InputObject (measured: a fifth of the floor).
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("LiteralPath", "PSPath", "LP")]
        public string Path { get; set; } = string.Empty;

        /// <summary>The objects to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        public PSObject? InputObject { get; set; }

        /// <summary>Csv or Json; inferred from the file's extension when omitted.</summary>
        [Parameter]
        public ReportFormat? Format { get; set; }

        /// <summary>The text encoding of a CSV report: utf8BOM (default, for Excel), utf8NoBOM, unicode, shift_jis (cp932) …</summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string Encoding { get; set; } = "utf8BOM";

        /// <summary>The CSV field separator: ',' by default; ';' or "`t" for other spreadsheet locales.</summary>
        [Parameter]
        public char Delimiter { get; set; } = ',';

        /// <summary>Writes cells that start with = + - @ tab or CR as they are, without the protecting apostrophe.</summary>
        [Parameter]
        public SwitchParameter NoFormulaProtection { get; set; }

        /// <summary>Adds rows to an existing CSV report; their columns must match its header (or use -Force).</summary>
        [Parameter]
        public SwitchParameter Append { get; set; }

        /// <summary>Does not overwrite an existing file.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Overwrites a read-only file, and with -Append lets rows with other columns in (matched by name).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes the report's FileInfo when it is complete.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            destination = new ReportDestination(this, Path, Format);
            session = destination.Open(Encoding, Delimiter, !NoFormulaProtection, Append, NoClobber, Force);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (session is null || InputObject is null) return;
            try
            {
                rows.AddTo(session, InputObject);
            }
            catch (ReportHeaderMismatchException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "AppendHeaderMismatch", ErrorCategory.InvalidData, destination!.Path)
                {
                    ErrorDetails = new ErrorDetails(exception.Message + " Use -Force to append them matched by name, or write a new file."),
                });
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (session is null) return;
            destination!.Commit(session);
            if (PassThru) WriteObject(new FileInfo(destination.Path));
        }

        /// <summary>Discards the unfinished report when the pipeline stops or fails; the old file stays.</summary>
        public void Dispose()
        {
            session?.Dispose();
            session = null;
        }
    }
}
