using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CloudResponsibility.Parsing;
using CloudResponsibility.Streams;
using CloudResponsibility.Text;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The rows of a CSV table, whatever they stand for: the header (the first row with something
    /// in it), then each data row's values in header order, streaming. Rows whose cells are all
    /// empty are skipped and counted; a line that cannot be parsed, or a row with fewer cells than
    /// the header (or more, with something in them), is a <see cref="TableRowKind.BadRow"/> with
    /// its error. A file that ends in the middle of a row (its last row short with no line break
    /// after it, a quote its last line opens, a character cut) ends with a
    /// <see cref="InventoryErrorId.TruncatedFile"/> row, whose values are not given: its name cell
    /// may be cut too. What the rows mean is the owner's: <see cref="InventoryReader"/> makes
    /// services of them, the questionnaire reader answers; both count on this one reading of the format.
    /// Rows are numbered as a spreadsheet shows them: the header is row 1 (blank lines count).
    /// Not thread-safe.
    /// </summary>
    internal sealed class TableReader : ITableSource
    {
        private readonly CsvRecordSource records;
        private readonly TableReaderOptions options;
        private string[]? headers;
        private string?[] values = Array.Empty<string?>();
        private bool ended;

        public TableReader(Stream stream, bool leaveOpen, string file, TableReaderOptions options)
        {
            File = file;
            this.options = options = options.ForFile(file);
            records = new CsvRecordSource(stream, leaveOpen, options);
        }

        /// <summary>Opens a file, shared for reading and writing, so that a file open in Excel can be read.</summary>
        public static TableReader Open(string path, TableReaderOptions options, CancellationToken cancellation = default)
        {
            options.Validate();
            // No buffer of its own: the reader takes 64 KiB at a time.
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            if (cancellation.CanBeCanceled) stream = new StoppableStream(stream, cancellation);
            return new TableReader(stream, leaveOpen: false, path, options);
        }

        /// <summary>Reads a stream from its current position; it need not be seekable.</summary>
        public static TableReader Open(Stream stream, string displayName, TableReaderOptions options, bool leaveOpen)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (displayName is null) throw new ArgumentNullException(nameof(displayName));
            if (!stream.CanRead) throw new ArgumentException("The stream cannot be read.", nameof(stream));
            options.Validate();
            return new TableReader(stream, leaveOpen, displayName, options);
        }

        /// <summary>The file, as named when opened.</summary>
        public string File { get; }

        /// <summary>The encoding of the file; known after the first <see cref="Read"/>.</summary>
        public Encoding? Encoding => records.Encoding;

        /// <summary>Whether the file looks like UTF-16 without a byte order mark, read in another encoding.</summary>
        public bool LooksLikeUtf16 => records.LooksLikeUtf16;

        /// <summary>What the reader is positioned on.</summary>
        public TableRowKind Kind { get; private set; }

        /// <summary>Where the current row is.</summary>
        public RowLocation Location { get; private set; }

        /// <summary>The header's cells, as written; empty until the header has been read.</summary>
        public IReadOnlyList<string> Headers => headers ?? Array.Empty<string>();

        /// <summary>
        /// The current data row's values, one per header column (null past the row's end). The
        /// array is reused by the next <see cref="Read"/>: take what is needed before it.
        /// </summary>
        public IReadOnlyList<string?> Values => values;

        /// <summary>Why the current row is a <see cref="TableRowKind.BadRow"/> or <see cref="TableRowKind.BadHeader"/>.</summary>
        public InventoryError? Error { get; private set; }

        /// <summary>The rows read so far that are neither the header nor empty, bad ones included.</summary>
        public long DataRows { get; private set; }

        /// <summary>The rows skipped so far because every cell is empty or whitespace, blank lines included.</summary>
        public long SkippedEmptyRows { get; private set; }

        /// <summary>Moves to the header, the next data row or the next bad row; false at the end of the table.</summary>
        public bool Read()
        {
            Error = null;
            if (headers is null && options.Header is { } given) return GivenHeader(given);
            while (!ended)
            {
                if (!records.Read())
                {
                    ended = true;
                    break;
                }
                var at = new RowLocation(File, records.Row, records.Line);
                Location = at;
                switch (records.Status)
                {
                    case RecordStatus.UnbalancedQuote:
                        return BadLine(InventoryErrors.UnbalancedQuote(options.Language, at, records.BadLine, headers is null));
                    case RecordStatus.TooLarge:
                        return BadLine(InventoryErrors.RecordTooLarge(options.Language, at, options.MaxRecordBytes, records.BadLine, headers is null));
                    case RecordStatus.Undecodable:
                        return BadLine(InventoryErrors.UndecodableText(options.Language, at, records.BadLine, records.Encoding!));
                    case RecordStatus.UnclosedToEnd:
                        return BadLine(InventoryErrors.UnbalancedQuote(options.Language, at, records.BadLine));
                    case RecordStatus.Truncated:
                        return BadLine(InventoryErrors.TruncatedFile(options.Language, at, records.BadLine, records.TruncatedInCharacter));
                }
                if (headers is null ? ReadHeader() : ReadRow(at)) return true;
            }
            return false;
        }

        /// <summary>Ends the table: its owner found the header unusable.</summary>
        public void End() => ended = true;

        public void Dispose() => records.Dispose();

        /// <summary>A line that could not be parsed: a row with an error, or, in place of the header, the end of the table.</summary>
        private bool BadLine(InventoryError error)
        {
            Error = error;
            // The values are the previous row's: no cell of this line was read, so none may be taken for it.
            Array.Clear(values, 0, values.Length);
            if (headers is null)
            {
                Kind = TableRowKind.BadHeader;
                ended = true;
                return true;
            }
            Kind = TableRowKind.BadRow;
            DataRows++;
            return true;
        }

        /// <summary>The header the caller gave (-Header): positioned on it without reading a row, which is data.</summary>
        private bool GivenHeader(IReadOnlyList<string> given)
        {
            headers = given.ToArray();
            values = new string?[headers.Length];
            Location = new RowLocation(File, null, null);
            Kind = TableRowKind.Header;
            return true;
        }

        private bool ReadHeader()
        {
            var cells = new string[records.FieldCount];
            var blank = true;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = records.GetString(i);
                if (blank && !TextNormalizer.IsBlank(cells[i])) blank = false;
            }
            if (blank)
            {
                // Blank lines above the header: the header is the first row with something in it.
                SkippedEmptyRows++;
                return false;
            }
            if (cells[0].StartsWith("#", StringComparison.Ordinal))
            {
                // Windows PowerShell's Export-Csv starts with "#TYPE …"; Import-Csv skips it and
                // comment lines above the header, and so does this.
                return false;
            }
            headers = cells;
            values = new string?[cells.Length];
            Kind = TableRowKind.Header;
            return true;
        }

        private bool ReadRow(RowLocation at)
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
                return false;
            }
            if (fields < columns && records.EndsWithoutLineBreak)
            {
                // The last row, short, with no line break: the file was cut off in the middle of it. None of
                // its cells can be trusted (its name may be cut too), and the rows after it were never written.
                ended = true;
                return BadLine(InventoryErrors.TruncatedFile(options.Language, at, fields, columns, records.RawRecord));
            }
            DataRows++;
            if (fields < columns || extra)
            {
                Kind = TableRowKind.BadRow;
                Error = InventoryErrors.WrongColumnCount(options.Language, at, columns, fields, records.RawRecord);
                return true;
            }
            Kind = TableRowKind.Row;
            return true;
        }
    }
}
