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
    [Cmdlet(VerbsData.Export, "CloudReport", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCloudReportCommand : PSCmdlet, IDisposable
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private readonly PipelineRow rows = new PipelineRow();
        private ReportDestination? destination;
        private ReportSession? session;

        /// <summary>The report file. Its extension (.csv, .json) picks the format unless -Format is given.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        public string Path { get; set; } = string.Empty;

        /// <summary>The report file, taken literally (no wildcard characters are interpreted).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP")]
        public string LiteralPath { get; set; } = string.Empty;

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
            destination = new ReportDestination(this, ParameterSetName == LiteralPathSet ? LiteralPath : Path, Format);
            session = destination.Open(Encoding, Delimiter, !NoFormulaProtection, Append, NoClobber, Force);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (session is null || InputObject is null) return;
            var (names, values) = rows.Read(InputObject);
            try
            {
                session.Add(names, values);
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
