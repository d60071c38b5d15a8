using System;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Output;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// What the cmdlets that write reports share: the file's format from its extension, the
    /// encoding by name, -NoClobber / -Force / read-only checks, one ShouldProcess per file, and
    /// the session that writes it. Problems stop the command before anything is written.
    /// </summary>
    internal sealed class ReportDestination
    {
        private readonly PSCmdlet cmdlet;

        public ReportDestination(PSCmdlet cmdlet, string path, ReportFormat? format)
        {
            this.cmdlet = cmdlet;
            Path = cmdlet.GetUnresolvedProviderPathFromPSPath(path);
            if (format is { } chosen) Format = chosen;
            else if (ReportFormats.TryInfer(Path, out var inferred)) Format = inferred;
            else cmdlet.ThrowTerminatingError(new ErrorRecord(
                new ArgumentException($"The format of '{Path}' cannot be told from its extension; add -Format ({ReportFormats.Names})."),
                "UnknownReportFormat", ErrorCategory.InvalidArgument, path));
        }

        /// <summary>The file, as a file-system path.</summary>
        public string Path { get; }

        /// <summary>The format it is written in.</summary>
        public ReportFormat Format { get; }

        /// <summary>
        /// Checks the options and the existing file, asks ShouldProcess, and opens the report; null
        /// when -WhatIf or the user's answer says not to write.
        /// </summary>
        public ReportSession? Open(string encoding, char delimiter, bool formulaProtection, bool append, bool noClobber, bool force)
        {
            var options = new ReportOptions { Delimiter = delimiter, FormulaProtection = formulaProtection, Append = append };
            try
            {
                options.Encoding = EncodingNames.Resolve(encoding);
            }
            catch (ArgumentException exception)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "UnknownEncoding", ErrorCategory.InvalidArgument, encoding));
            }
            if (Format == ReportFormat.Json && append)
                cmdlet.ThrowTerminatingError(new ErrorRecord(new ArgumentException("-Append works with CSV reports only: a JSON array is closed."), "AppendNotSupported", ErrorCategory.InvalidArgument, Path));
            if (File.Exists(Path))
            {
                if (noClobber && !append)
                    cmdlet.ThrowTerminatingError(new ErrorRecord(new IOException($"'{Path}' exists and -NoClobber was given."), "FileExists", ErrorCategory.ResourceExists, Path));
                var info = new FileInfo(Path);
                if (info.IsReadOnly)
                {
                    if (!force)
                        cmdlet.ThrowTerminatingError(new ErrorRecord(new UnauthorizedAccessException($"'{Path}' is read-only; use -Force to replace it."), "FileReadOnly", ErrorCategory.PermissionDenied, Path));
                    else if (cmdlet.ShouldProcess(Path, "Clear the read-only attribute")) info.IsReadOnly = false;
                }
            }
            if (!cmdlet.ShouldProcess(Path, append ? "Append to report" : "Write report")) return null;
            try
            {
                return ReportSession.Open(Path, Format, options, allowHeaderMismatch: force);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "OpenReportFailed", ErrorCategory.WriteError, Path));
                return null;
            }
            catch (ArgumentException exception)
            {
                // CsvHelper rejects a delimiter it cannot write (the quote, a line break, non-ASCII).
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "InvalidDelimiter", ErrorCategory.InvalidArgument, delimiter));
                return null;
            }
        }

        /// <summary>Finishes the report: moves the file into place, then warns of values that had no column.</summary>
        public void Commit(ReportSession session)
        {
            try
            {
                session.Commit();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "WriteReportFailed", ErrorCategory.WriteError, Path));
            }
            if (session.DroppedColumns.Count > 0)
                cmdlet.WriteWarning($"Some objects had properties that are not columns of '{Path}' and were not written: {string.Join(", ", session.DroppedColumns)}. Columns come from the first object or an existing header; use Select-Object to choose them.");
            cmdlet.WriteVerbose($"Wrote {session.RowCount} row(s) to '{Path}'.");
        }
    }
}
