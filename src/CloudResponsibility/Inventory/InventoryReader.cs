using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using CloudResponsibility.Localization;
using CloudResponsibility.Text;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Reads an inventory CSV into services, streaming: each row is read when the caller asks for
    /// the next result, and memory stays constant however long the file is (but for the
    /// duplicate-name check, see <see cref="InventoryReaderOptions.CheckDuplicateNames"/>).
    /// <para>
    /// Results come in file order. A data row yields its <see cref="Model.CloudService"/>, or
    /// every error of its cells; a row whose service name an earlier row has yields a warning
    /// first, then its service. A row whose cells are all empty is skipped and counted in
    /// <see cref="SkippedEmptyRows"/>, blank lines too. A header without ServiceName or
    /// ServiceModel, or naming a column twice, is reported once and ends the file; an empty file
    /// yields nothing. So every row that is not empty yields a service or at least one error:
    /// <c>DataRows == Services + RowsWithErrors</c>. A row's errors carry the service it names
    /// when its ServiceName cell could be read, so that a caller knows which service it lost. A file
    /// cut off in the middle of a row ends with a <see cref="InventoryErrorId.TruncatedFile"/>
    /// error that names none: its name may be cut too, and the rows after it are missing, so a
    /// caller that reads the file as a whole (the audit) must not take what it read for all of it.
    /// </para>
    /// Rows are numbered as a spreadsheet shows them: the header is row 1 (blank lines count).
    /// Not thread-safe.
    /// </summary>
    public sealed class InventoryReader : IDisposable
    {
        private readonly ITableSource table;
        private readonly ServiceNameIndex? names;
        private readonly Queue<InventoryReadResult> results = new Queue<InventoryReadResult>();
        private ServiceRecordBuilder? builder;
        private bool finished;
        private bool warnedNamesNotHeld;
        private bool disposed;

        private InventoryReader(ITableSource table, InventoryReaderOptions options)
        {
            this.table = table;
            Options = options;
            names = options.CheckDuplicateNames ? new ServiceNameIndex() : null;
        }

        /// <summary>The file, as named when opened; the errors and warnings name it so.</summary>
        public string File => table.File;

        /// <summary>The options the file is read with.</summary>
        public InventoryReaderOptions Options { get; }

        /// <summary>The encoding the file is read in (detected, or from the options); null before the first <see cref="Read"/>.</summary>
        public Encoding? Encoding => table.Encoding;

        /// <summary>The headers of the file, as written; empty until the header has been read.</summary>
        public IReadOnlyList<string> Headers => builder?.Headers ?? Array.Empty<string>();

        /// <summary>The result <see cref="Read"/> moved to; null before the first read and after the last.</summary>
        public InventoryReadResult? Current { get; private set; }

        /// <summary>The rows read so far that are neither the header nor empty.</summary>
        public long DataRows => table.DataRows;

        /// <summary>The services read so far.</summary>
        public long Services { get; private set; }

        /// <summary>The data rows so far that yielded errors instead of a service.</summary>
        public long RowsWithErrors { get; private set; }

        /// <summary>The rows skipped so far because every cell is empty or whitespace, blank lines included.</summary>
        public long SkippedEmptyRows => table.SkippedEmptyRows;

        /// <summary>The warnings so far.</summary>
        public long Warnings { get; private set; }

        /// <summary>Opens a file: CSV, or an .xlsx workbook (its first worksheet, or <see cref="TableReaderOptions.WorksheetName"/>). It is shared for reading and writing, so a file open in Excel can be read.</summary>
        public static InventoryReader Open(string path, InventoryReaderOptions? options = null) => Open(path, options, CancellationToken.None);

        /// <summary>
        /// Opens a file as <see cref="Open(string, InventoryReaderOptions?)"/> does; once
        /// <paramref name="cancellation"/> is cancelled, the next read of a CSV file throws
        /// <see cref="OperationCanceledException"/>, wherever the reader is.
        /// </summary>
        public static InventoryReader Open(string path, InventoryReaderOptions? options, CancellationToken cancellation)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options ??= InventoryReaderOptions.Default;
            return new InventoryReader(TableSources.Open(path, options, cancellation), options);
        }

        /// <summary>Reads a CSV stream from its current position; it need not be seekable.</summary>
        /// <param name="stream">The input.</param>
        /// <param name="displayName">The name the errors give the input, such as its path.</param>
        /// <param name="options">The options; null for <see cref="InventoryReaderOptions.Default"/>.</param>
        /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
        public static InventoryReader Open(Stream stream, string displayName, InventoryReaderOptions? options = null, bool leaveOpen = false)
        {
            options ??= InventoryReaderOptions.Default;
            return new InventoryReader(TableReader.Open(stream, displayName, options, leaveOpen), options);
        }

        /// <summary>Moves to the next result; false when the file has no more.</summary>
        public bool Read()
        {
            if (disposed) throw new ObjectDisposedException(nameof(InventoryReader));
            while (results.Count == 0 && !finished) Step();
            Current = results.Count > 0 ? results.Dequeue() : null;
            return Current is not null;
        }

        /// <summary>The remaining results, read as they are enumerated.</summary>
        public IEnumerable<InventoryReadResult> ReadAll()
        {
            while (Read()) yield return Current!;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            table.Dispose();
        }

        /// <summary>A header's error with a hint about UTF-16 when the file looks like UTF-16 without a byte order mark.</summary>
        private InventoryError WithEncodingHint(InventoryError error)
        {
            if (!table.LooksLikeUtf16) return error;
            var hint = Messages.Format(Options.Language, MessageKey.Utf16WithoutMarkHint, File);
            return new InventoryError(error.ErrorId, Sentences.Join(error.Message, hint), error.File, error.Row, error.Line, error.Column, error.Value);
        }

        private void Step()
        {
            if (!table.Read())
            {
                finished = true;
                return;
            }
            var at = table.Location;
            switch (table.Kind)
            {
                case TableRowKind.Header:
                    builder = new ServiceRecordBuilder(table.Headers, File, at.Row, at.Line, Options.Language);
                    if (builder.HeaderErrors.Count == 0) return;
                    foreach (var error in builder.HeaderErrors) EmitHeader(WithEncodingHint(error));
                    table.End();
                    finished = true;
                    return;
                case TableRowKind.BadHeader:
                    EmitHeader(WithEncodingHint(table.Error!));
                    finished = true;
                    return;
                case TableRowKind.BadRow:
                    RowsWithErrors++;
                    // A row with cells missing or extra still has its ServiceName cell; a line that could not be parsed has none.
                    Emit(table.Error!, builder!.ServiceNameOf(table.Values));
                    return;
            }
            var result = builder!.Build(table.Values, at.Row, at.Line);
            var service = result.Service;
            if (service is null)
            {
                RowsWithErrors++;
                foreach (var error in result.Errors) Emit(error, result.ServiceName);
                return;
            }
            Services++;
            CheckName(service.ServiceName, at);
            results.Enqueue(InventoryReadResult.ForService(service, File, at.Row, at.Line));
        }

        /// <summary>Warns of a name an earlier row has, before its service; and once, at the first name the capped check cannot hold.</summary>
        private void CheckName(string serviceName, RowLocation at)
        {
            if (names is null) return;
            var wasFull = names.IsFull;
            if (!names.TryAdd(serviceName, at.Row!.Value, out var earlierRow)) Warn(InventoryWarnings.DuplicateServiceName(Options.Language, at, serviceName, earlierRow));
            else if (wasFull && !warnedNamesNotHeld)
            {
                warnedNamesNotHeld = true;
                Warn(InventoryWarnings.DuplicateCheckLimited(Options.Language, at));
            }
        }

        private void Warn(InventoryWarning warning)
        {
            Warnings++;
            results.Enqueue(InventoryReadResult.ForWarning(warning));
        }

        private void Emit(InventoryError error, string? serviceName) => results.Enqueue(InventoryReadResult.ForRowError(table.Place(error), serviceName));

        private void EmitHeader(InventoryError error) => results.Enqueue(InventoryReadResult.ForHeaderError(table.Place(error)));
    }
}
