using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What every cmdlet that writes a report shares: the report's parameters, and the checks,
    /// confirmation and session that write it. The file's format comes from its extension unless
    /// <c>-Format</c> says it; problems stop the command before anything is written, and the file
    /// is replaced only when the report is complete.
    /// </summary>
    public abstract class ReportCommand : CloudResponsibilityCommand, IDisposable
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private ReportSession? session;
        private string reportPath = string.Empty;
        private ReportFormat reportFormat;

        /// <summary>The text encoding of a CSV report: utf8BOM (default, for Excel), utf8NoBOM, unicode, shift_jis (cp932) …</summary>
        [Parameter]
        [ArgumentCompleter(typeof(EncodingCompleter))]
        public string Encoding { get; set; } = "utf8BOM";

        /// <summary>The CSV field separator: ',' by default, tab for a .tsv file; ';' or "`t" for other spreadsheet locales.</summary>
        [Parameter]
        public char Delimiter { get; set; } = ',';

        /// <summary>-Delimiter when given; null leaves the separator to the file's name (tab for .tsv).</summary>
        protected char? ChosenDelimiter => MyInvocation.BoundParameters.ContainsKey(nameof(Delimiter)) ? Delimiter : null;

        /// <summary>Writes cells that start with = + - @ tab or CR as they are, without the protecting apostrophe.</summary>
        [Parameter]
        public SwitchParameter NoFormulaProtection { get; set; }

        /// <summary>
        /// Adds rows to an existing CSV report, in its own encoding; their columns must match its
        /// header (or use -Force). The file is locked until the rows are in: another append waits.
        /// </summary>
        [Parameter]
        public SwitchParameter Append { get; set; }

        /// <summary>Does not overwrite an existing file.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Replaces a read-only file (it stays read-only), and with -Append lets rows with other columns in, matched by name.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Writes what was written when the report is complete.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>For the findings formats: the severity at or above which an open finding fails; null for every open finding.</summary>
        protected virtual Audit.FindingSeverity? FindingsFailOn => null;

        /// <summary>Whether the rows come without a pipeline object each (the bulk path), so that a workbook may be compressed on a thread of its own.</summary>
        protected virtual bool RowsComeInBulk => false;

        /// <summary>The report being written; null before <see cref="OpenReport"/>, after -WhatIf or a "no", and once complete.</summary>
        protected ReportSession? Report => session;

        /// <summary>Cancelled when the command is stopped (Ctrl+C): the report's writer and the command's reading stop with it.</summary>
        protected CancellationToken StopToken => stopping.Token;

        /// <summary>The report's file, as a file-system path; set by <see cref="OpenReport"/>.</summary>
        protected string ReportPath => reportPath;

        /// <summary>
        /// Checks the parameters and the existing file, asks ShouldProcess, and opens the report at
        /// <paramref name="path"/>; false when -WhatIf or the user's answer says not to write.
        /// </summary>
        protected bool OpenReport(string path)
        {
            var fullPath = ProviderPaths.FileSystemPath(this, OutputLanguage, path);
            ReportFormat format;
            if (ChosenReportFormat is { } chosen) format = chosen;
            else if (!ReportFormats.TryInfer(fullPath, out format)) ThrowTerminatingError(ErrorRecords.UnknownReportFormat(OutputLanguage, fullPath));
            return OpenReport(fullPath, format);
        }

        /// <summary>The format the command's -Format names; null when it is omitted, and the extension decides.</summary>
        protected abstract ReportFormat? ChosenReportFormat { get; }

        /// <summary>As <see cref="OpenReport(string)"/>, for a file-system path and a format already decided.</summary>
        protected bool OpenReport(string fullPath, ReportFormat format)
        {
            reportPath = fullPath;
            reportFormat = format;
            var options = ReportOptions.Default with
            {
                Encoding = ResolveEncoding(),
                EncodingChosen = MyInvocation.BoundParameters.ContainsKey(nameof(Encoding)),
                Delimiter = ChosenDelimiter,
                FormulaProtection = !NoFormulaProtection,
                Append = Append,
                MatchColumnsByName = Force,
                ReplaceReadOnly = Force,
                FailOn = FindingsFailOn,
                Language = OutputLanguage,
                NoClobber = NoClobber,
                CompressWorkbookAside = RowsComeInBulk,
            };
            if (Append && !ReportFormats.CanAppend(format)) ThrowTerminatingError(ErrorRecords.AppendNotSupported(OutputLanguage, reportPath));
            if (!ConfirmWrite(reportPath)) return false;
            // Said before the temporary file is opened, whose path the system's error would name instead.
            var folder = System.IO.Path.GetDirectoryName(reportPath);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
                ThrowTerminatingError(ErrorRecords.OpenReportFailed(OutputLanguage, new DirectoryNotFoundException(Text(MessageKey.ReportFolderNotFound, folder)), reportPath));
            try
            {
                session = ReportSession.Open(reportPath, format, options, StopToken);
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(ErrorRecords.InvalidDelimiter(OutputLanguage, Delimiter, exception));
            }
            catch (OperationCanceledException)
            {
                // Stopped while another append held the file.
                throw new PipelineStoppedException();
            }
            catch (ReportHeaderNotFoundException exception)
            {
                ThrowTerminatingError(ErrorRecords.AppendHeaderNotFound(OutputLanguage, exception, reportPath));
            }
            catch (ReportEncodingMismatchException exception)
            {
                ThrowTerminatingError(ErrorRecords.AppendEncodingMismatch(OutputLanguage, exception, reportPath));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException)
            {
                ThrowTerminatingError(ErrorRecords.OpenReportFailed(OutputLanguage, exception, reportPath));
            }
            return true;
        }

        /// <summary>
        /// Checks that a file may be written (-NoClobber, read-only without -Force) and asks
        /// ShouldProcess; false when -WhatIf or the user's answer says not to write.
        /// </summary>
        protected bool ConfirmWrite(string fullPath)
        {
            if (File.Exists(fullPath))
            {
                if (NoClobber && !Append) ThrowTerminatingError(ErrorRecords.FileExists(OutputLanguage, fullPath));
                if (!Force && new FileInfo(fullPath).IsReadOnly) ThrowTerminatingError(ErrorRecords.FileReadOnly(OutputLanguage, fullPath));
            }
            return ShouldProcess(fullPath, Text(Append ? MessageKey.ActionAppendReport : MessageKey.ActionWriteReport));
        }

        /// <summary>
        /// Writes a whole file that is not a report of rows, as reports are written: beside the
        /// destination, moved over it only when complete (a read-only one with -Force stays read-only).
        /// </summary>
        protected void WriteWholeFile(string fullPath, Action<Stream> write)
        {
            try
            {
                using var file = new AtomicFile(fullPath, keepExistingContent: false, replaceReadOnly: Force);
                write(file.Stream);
                file.Commit();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.WriteReportFailed(OutputLanguage, exception, fullPath));
            }
        }

        /// <summary>
        /// Completes the report and moves it into place; then warns of values that had no column.
        /// Without a row the report is the format's empty one (an empty CSV, [], a SARIF log without
        /// results, a page that says there is nothing to report), and replaces the last one like any
        /// other; only -Append with nothing to append leaves an existing file untouched.
        /// </summary>
        protected void CommitReport()
        {
            var committed = session!;
            if (committed.RowCount == 0 && Append && File.Exists(reportPath))
            {
                // Nothing to add to the rows already there: not even the modification time changes,
                // so that whatever watches the log sees no new rows where there are none.
                Dispose();
                WriteVerbose(Text(MessageKey.NothingAppended, reportPath));
                return;
            }
            try
            {
                committed.Commit();
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            catch (NotAFindingException exception)
            {
                ThrowTerminatingError(ErrorRecords.WriteReportFailed(OutputLanguage, exception, reportPath, reportFormat));
            }
            catch (IOException) when (NoClobber && !Append && File.Exists(reportPath))
            {
                // A file appeared while the report was written: -NoClobber holds at the move too.
                ThrowTerminatingError(ErrorRecords.FileExists(OutputLanguage, reportPath));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ErrorRecords.WriteReportFailed(OutputLanguage, exception, reportPath));
            }
            if (committed.UnrepresentableCellCount > 0)
            {
                var cells = string.Join("; ", committed.UnrepresentableCells.Select(c => Text(MessageKey.ReportCell, c.Row, c.Column, c.Value)));
                WriteWarning(Text(MessageKey.UnrepresentableCells, reportPath, Append ? committed.Encoding.WebName : Encoding, committed.UnrepresentableCellCount, cells));
            }
            if (committed.OverlongCellCount > 0)
            {
                var cells = string.Join("; ", committed.OverlongCells.Select(c => Text(MessageKey.ReportCellLength, c.Row, c.Column, c.Length)));
                WriteWarning(Text(MessageKey.CellsCutToExcelLimit, reportPath, committed.OverlongCellCount, XlsxReportWriter.MaxCellText, cells));
            }
            if (committed.OverflowSheets > 0) WriteWarning(Text(MessageKey.ReportContinuedOnSheets, reportPath, committed.OverflowSheets));
            if (committed.DroppedColumns.Count > 0) WriteWarning(Text(MessageKey.DroppedColumns, reportPath, string.Join(", ", committed.DroppedColumns)));
            WriteVerbose(Text(MessageKey.ReportWritten, committed.RowCount, reportPath));
            Dispose();
        }

        /// <summary>
        /// Writes a file the command wrote, for -PassThru, as Get-Item gets it: through the
        /// file-system provider, so that it carries PSPath, PSParentPath and the rest, and displays
        /// and pipes as Get-Item's does (a bare FileInfo shows an empty UnixMode, User, Group and
        /// Size, and Mode '-----', on Linux and macOS).
        /// </summary>
        protected void WriteFileItem(string fullPath)
        {
            foreach (var item in InvokeProvider.Item.Get(new[] { fullPath }, force: true, literalPath: true)) WriteObject(item);
        }

        /// <summary>Stops the report's writer, and the reading of a command that reads: <see cref="StopToken"/> is cancelled.</summary>
        protected override void StopProcessing()
        {
            try
            {
                stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already complete: nothing left to stop.
            }
            base.StopProcessing();
        }

        /// <summary>Discards an unfinished report when the command stops or fails; the old file stays as it was.</summary>
        public void Dispose()
        {
            session?.Dispose();
            session = null;
        }

        private System.Text.Encoding ResolveEncoding()
        {
            var encoding = ReportOptions.Utf8WithBom;
            try
            {
                encoding = EncodingNames.Resolve(Encoding);
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(ErrorRecords.UnknownEncoding(OutputLanguage, Encoding, exception));
            }
            return encoding;
        }
    }
}
