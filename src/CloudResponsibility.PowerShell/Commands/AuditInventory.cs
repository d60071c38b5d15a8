using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What the audit makes of an inventory file. Its services go to the audit; a row that cannot
    /// be read is an error record per error, then handed on once, with the service it names, to
    /// become a finding. A file the audit cannot take as a whole — not there, a folder, unreadable,
    /// a header without ServiceName or ServiceModel, no row at all, cut off in the middle of a row
    /// (<see cref="InventoryErrorId.TruncatedFile"/>) — stops the audit with a terminating error:
    /// auditing the other files, or the rows before the cut, would report the missing services as gone.
    /// </summary>
    internal sealed class AuditInventory
    {
        private readonly PSCmdlet cmdlet;
        private readonly Language language;
        private readonly InventoryReaderOptions options;
        private readonly CancellationToken stopping;
        private readonly List<InventoryError> rowErrors = new List<InventoryError>(2);
        private long? row;
        private string? rowServiceName;

        public AuditInventory(PSCmdlet cmdlet, Language language, InventoryReaderOptions options, CancellationToken stopping)
        {
            this.cmdlet = cmdlet;
            this.language = language;
            this.options = options;
            this.stopping = stopping;
        }

        /// <summary>The file, when it is one: a folder or a path with no file stops the audit.</summary>
        public string Checked(string file) => InventoryFileChecks.Checked(cmdlet, language, file);

        /// <summary>
        /// Reads a file: its headers to <paramref name="header"/> before its first service (the
        /// audit checks the columns its rules read), each service to <paramref name="audit"/>, each
        /// row that is no service to <paramref name="unreadable"/> (the service it names or null,
        /// the file, the row, its errors).
        /// </summary>
        public void Read(string file, Action<string, IReadOnlyList<string>> header, Action<CloudService, string?, long?> audit, Action<string?, string, long?, IReadOnlyList<InventoryError>> unreadable)
        {
            try
            {
                using var reader = InventoryReader.Open(Checked(file), options, stopping);
                List<InventoryError>? headerErrors = null;
                var headerSeen = false;
                InventoryError? truncated = null;
                while (reader.Read())
                {
                    var result = reader.Current!;
                    if (result.OfHeader)
                    {
                        (headerErrors ??= new List<InventoryError>(1)).Add(result.Error!);
                        continue;
                    }
                    if (result.Error?.ErrorId == InventoryErrorId.TruncatedFile)
                    {
                        // The file's last result: the rows after the cut were never written.
                        truncated = result.Error;
                        continue;
                    }
                    if (!headerSeen)
                    {
                        headerSeen = true;
                        header(file, reader.Headers);
                    }
                    if (rowErrors.Count > 0 && (result.Kind != InventoryReadResultKind.Error || result.Row != row)) Hand(file, unreadable);
                    switch (result.Kind)
                    {
                        case InventoryReadResultKind.Service:
                            audit(result.Service!, result.File, result.Row);
                            break;
                        case InventoryReadResultKind.Warning:
                            cmdlet.WriteWarning(result.Warning!.Message);
                            break;
                        case InventoryReadResultKind.Error:
                            cmdlet.WriteError(ErrorRecords.Inventory(result.Error!, null));
                            row = result.Row;
                            rowServiceName = result.ServiceName;
                            rowErrors.Add(result.Error!);
                            break;
                    }
                }
                if (rowErrors.Count > 0) Hand(file, unreadable);
                InventoryFileChecks.StopAtHeader(cmdlet, file, headerErrors);
                if (truncated is not null) cmdlet.ThrowTerminatingError(ErrorRecords.TruncatedFile(language, truncated));
                if (reader.DataRows == 0) cmdlet.ThrowTerminatingError(ErrorRecords.InventoryEmpty(language, file));
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.InventoryRead, file, reader.Encoding?.WebName, reader.Services, reader.RowsWithErrors, reader.SkippedEmptyRows));
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                cmdlet.ThrowTerminatingError(ErrorRecords.ReadInventoryFailed(language, exception, file));
            }
        }

        /// <summary>Hands on the row whose errors were gathered, once they are all in.</summary>
        private void Hand(string file, Action<string?, string, long?, IReadOnlyList<InventoryError>> unreadable)
        {
            var errors = rowErrors.ToArray();
            rowErrors.Clear();
            unreadable(rowServiceName, file, row, errors);
        }
    }
}
