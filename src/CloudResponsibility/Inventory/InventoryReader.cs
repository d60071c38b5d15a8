using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CloudResponsibility.Parsing;
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
    /// <c>DataRows == Services + RowsWithErrors</c>.
    /// </para>
    /// Rows are numbered as a spreadsheet shows them: the header is row 1 (blank lines count).
    /// Not thread-safe.
    /// </summary>
    public sealed class InventoryReader : IDisposable
    {
        private readonly CsvRecordSource records;
        private readonly ServiceNameIndex? names;
        private readonly Queue<InventoryReadResult> results = new Queue<InventoryReadResult>();
        private ServiceRecordBuilder? builder;
        private string?[] values = Array.Empty<string?>();
        private bool finished;
        private bool disposed;

        private InventoryReader(Stream stream, string file, InventoryReaderOptions options, bool leaveOpen)
        {
            File = file;
            Options = options;
            records = new CsvRecordSource(stream, leaveOpen, options);
            names = options.CheckDuplicateNames ? new ServiceNameIndex() : null;
        }

        /// <summary>The file, as named when opened; the errors and warnings name it so.</summary>
        public string File { get; }

        /// <summary>The options the file is read with.</summary>
        public InventoryReaderOptions Options { get; }

        /// <summary>The encoding the file is read in (detected, or from the options); null before the first <see cref="Read"/>.</summary>
        public Encoding? Encoding => records.Encoding;

        /// <summary>The headers of the file, as written; empty until the header has been read.</summary>
        public IReadOnlyList<string> Headers => builder?.Headers ?? Array.Empty<string>();

        /// <summary>The result <see cref="Read"/> moved to; null before the first read and after the last.</summary>
        public InventoryReadResult? Current { get; private set; }

        /// <summary>The rows read so far that are neither the header nor empty.</summary>
        public long DataRows { get; private set; }

        /// <summary>The services read so far.</summary>
        public long Services { get; private set; }

        /// <summary>The data rows so far that yielded errors instead of a service.</summary>
        public long RowsWithErrors { get; private set; }

        /// <summary>The rows skipped so far because every cell is empty or whitespace, blank lines included.</summary>
        public long SkippedEmptyRows { get; private set; }

        /// <summary>The warnings so far.</summary>
        public long Warnings { get; private set; }

        /// <summary>Opens a file. It is shared for reading and writing, so a file open in Excel can be read.</summary>
        public static InventoryReader Open(string path, InventoryReaderOptions? options = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options ??= InventoryReaderOptions.Default;
            options.Validate();
            // No buffer of its own: the reader takes 64 KiB at a time.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            return new InventoryReader(stream, path, options, leaveOpen: false);
        }

        /// <summary>Reads a stream from its current position; it need not be seekable.</summary>
        /// <param name="stream">The input.</param>
        /// <param name="displayName">The name the errors give the input, such as its path.</param>
        /// <param name="options">The options; null for <see cref="InventoryReaderOptions.Default"/>.</param>
        /// <param name="leaveOpen">Whether <paramref name="stream"/> stays open when the reader is disposed.</param>
        public static InventoryReader Open(Stream stream, string displayName, InventoryReaderOptions? options = null, bool leaveOpen = false)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (displayName is null) throw new ArgumentNullException(nameof(displayName));
            if (!stream.CanRead) throw new ArgumentException("The stream cannot be read.", nameof(stream));
            options ??= InventoryReaderOptions.Default;
            options.Validate();
            return new InventoryReader(stream, displayName, options, leaveOpen);
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
            records.Dispose();
        }

        private void Step()
        {
            if (!records.Read())
            {
                finished = true;
                return;
            }
            var at = new RowLocation(File, records.Row, records.Line);
            switch (records.Status)
            {
                case RecordStatus.UnbalancedQuote:
                    BadLine(InventoryErrors.UnbalancedQuote(Options.Language, at, records.BadLine, builder is null));
                    break;
                case RecordStatus.TooLarge:
                    BadLine(InventoryErrors.RecordTooLarge(Options.Language, at, Options.MaxRecordBytes, records.BadLine, builder is null));
                    break;
                default:
                    if (builder is null) ReadHeader(at);
                    else ReadRow(at);
                    break;
            }
        }

        /// <summary>A line that could not be parsed: a row with an error, or, in place of the header, the end of the file.</summary>
        private void BadLine(InventoryError error)
        {
            Emit(error);
            if (builder is null)
            {
                finished = true;
                return;
            }
            DataRows++;
            RowsWithErrors++;
        }

        private void ReadHeader(RowLocation at)
        {
            var headers = new string[records.FieldCount];
            var blank = true;
            for (var i = 0; i < headers.Length; i++)
            {
                headers[i] = records.GetString(i);
                if (blank && !TextNormalizer.IsBlank(headers[i])) blank = false;
            }
            if (blank)
            {
                // Blank lines above the header: the header is the first row with something in it.
                SkippedEmptyRows++;
                return;
            }
            builder = new ServiceRecordBuilder(headers, File, at.Row, at.Line, Options.Language);
            if (builder.HeaderErrors.Count > 0)
            {
                foreach (var error in builder.HeaderErrors) Emit(error);
                finished = true;
                return;
            }
            values = new string?[builder.ColumnCount];
        }

        private void ReadRow(RowLocation at)
        {
            var fields = records.FieldCount;
            var columns = values.Length;
            var shared = Math.Min(fields, columns);
            var blank = true;
            for (var i = 0; i < shared; i++)
            {
                var value = records.GetString(i);
                values[i] = value;
                if (blank && !TextNormalizer.IsBlank(value)) blank = false;
            }
            for (var i = shared; i < columns; i++) values[i] = null;
            // Cells past the header are allowed while empty: spreadsheets often leave trailing separators.
            var extra = false;
            for (var i = columns; i < fields && !extra; i++) extra = !Utf8Text.IsBlank(records.GetSpan(i));
            if (blank && !extra)
            {
                SkippedEmptyRows++;
                return;
            }

            DataRows++;
            if (fields < columns || extra)
            {
                RowsWithErrors++;
                Emit(InventoryErrors.WrongColumnCount(Options.Language, at, columns, fields, records.RawRecord));
                return;
            }
            var result = builder!.Build(values, at.Row, at.Line);
            var service = result.Service;
            if (service is null)
            {
                RowsWithErrors++;
                foreach (var error in result.Errors) Emit(error);
                return;
            }
            Services++;
            CheckName(service.ServiceName, at);
            results.Enqueue(InventoryReadResult.ForService(service, File, at.Row, at.Line));
        }

        /// <summary>Warns of a name an earlier row has, before its service; and once, when the names held reach their cap.</summary>
        private void CheckName(string serviceName, RowLocation at)
        {
            if (names is null) return;
            var wasFull = names.IsFull;
            if (!names.TryAdd(serviceName, at.Row!.Value, out var earlierRow)) Warn(InventoryWarnings.DuplicateServiceName(Options.Language, at, serviceName, earlierRow));
            else if (!wasFull && names.IsFull) Warn(InventoryWarnings.DuplicateCheckLimited(Options.Language, at));
        }

        private void Warn(InventoryWarning warning)
        {
            Warnings++;
            results.Enqueue(InventoryReadResult.ForWarning(warning));
        }

        private void Emit(InventoryError error) => results.Enqueue(InventoryReadResult.ForError(error));
    }
}
