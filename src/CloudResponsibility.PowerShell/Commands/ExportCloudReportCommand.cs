using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Adapters;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.Text;

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
        private ReportSession? session;
        private string destination = string.Empty;
        private ReportFormat format;
        private ReportOptions options = new ReportOptions();
        private bool skip;

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
            var path = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            destination = GetUnresolvedProviderPathFromPSPath(path);
            if (Format is { } chosen) format = chosen;
            else if (!ReportFormats.TryInfer(destination, out format))
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"The format of '{destination}' cannot be told from its extension; add -Format ({ReportFormats.Names})."),
                    "UnknownReportFormat", ErrorCategory.InvalidArgument, path));
            try
            {
                options = new ReportOptions
                {
                    Encoding = EncodingNames.Resolve(Encoding),
                    Delimiter = Delimiter,
                    FormulaProtection = !NoFormulaProtection,
                    Append = Append,
                };
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "UnknownEncoding", ErrorCategory.InvalidArgument, Encoding));
            }
            if (format == ReportFormat.Json && Append)
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Append works with CSV reports only: a JSON array is closed."), "AppendNotSupported", ErrorCategory.InvalidArgument, destination));
            if (File.Exists(destination))
            {
                if (NoClobber && !Append)
                    ThrowTerminatingError(new ErrorRecord(new IOException($"'{destination}' exists and -NoClobber was given."), "FileExists", ErrorCategory.ResourceExists, destination));
                var info = new FileInfo(destination);
                if (info.IsReadOnly)
                {
                    if (!Force)
                        ThrowTerminatingError(new ErrorRecord(new UnauthorizedAccessException($"'{destination}' is read-only; use -Force to replace it."), "FileReadOnly", ErrorCategory.PermissionDenied, destination));
                    else if (ShouldProcess(destination, "Clear the read-only attribute")) info.IsReadOnly = false;
                }
            }
            skip = !ShouldProcess(destination, Append ? "Append to report" : "Write report");
            if (skip) return;
            try
            {
                session = ReportSession.Open(destination, format, options, allowHeaderMismatch: Force);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "OpenReportFailed", ErrorCategory.WriteError, destination));
            }
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (skip || session is null || InputObject is null) return;
            var (names, values) = rows.Read(InputObject);
            try
            {
                session.Add(names, values);
            }
            catch (ReportHeaderMismatchException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "AppendHeaderMismatch", ErrorCategory.InvalidData, destination)
                {
                    ErrorDetails = new ErrorDetails(exception.Message + " Use -Force to append them matched by name, or write a new file."),
                });
            }
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            if (skip || session is null) return;
            if (session.DroppedColumns.Count > 0)
                WriteWarning($"Some objects had properties that are not columns of '{destination}' and were not written: {string.Join(", ", session.DroppedColumns.OrderBy(n => n, StringComparer.OrdinalIgnoreCase))}. Columns come from the first object{(Append ? " or the existing header" : string.Empty)}; use Select-Object to choose them.");
            try
            {
                session.Commit();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "WriteReportFailed", ErrorCategory.WriteError, destination));
            }
            WriteVerbose($"Wrote {session.RowCount} row(s) to '{destination}'.");
            if (PassThru) WriteObject(new FileInfo(destination));
        }

        /// <summary>Discards the unfinished report when the pipeline stops or fails; the old file stays.</summary>
        public void Dispose()
        {
            session?.Dispose();
            session = null;
        }
    }
}
