using System;
using System.IO;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// The rows of a CAIQ sheet saved as CSV, through the reader every CSV table shares
    /// (<see cref="CsvRecordSource"/>: encoding detected, Shift_JIS as Japanese Excel saves, multi-line
    /// cells, a bad quote contained to one line). Rows may be shorter than the header: Excel leaves
    /// out the trailing separators of some rows.
    /// </summary>
    internal sealed class CaiqCsvRows : ICaiqRows
    {
        private readonly CsvRecordSource records;
        private readonly Language language;
        private readonly int maxRecordBytes;
        private readonly string file;

        public CaiqCsvRows(Stream stream, string file, TableReaderOptions options, bool leaveOpen = false)
        {
            this.file = file;
            language = options.Language;
            maxRecordBytes = options.MaxRecordBytes;
            records = new CsvRecordSource(stream, leaveOpen, options.ForFile(file));
        }

        public string? Sheet => null;

        public Encoding? Encoding => records.Encoding;

        public RowLocation Location { get; private set; }

        public int Width => Error is null && !Ended ? records.FieldCount : 0;

        public string? Cell(int index) => Error is null && index < Width ? records.GetString(index) : null;

        public InventoryError? Error { get; private set; }

        public bool Ended { get; private set; }

        public bool Read()
        {
            Error = null;
            if (Ended || !records.Read())
            {
                Ended = true;
                return false;
            }
            var at = new RowLocation(file, records.Row, records.Line);
            Location = at;
            switch (records.Status)
            {
                case RecordStatus.UnbalancedQuote:
                    Error = InventoryErrors.UnbalancedQuote(language, at, records.BadLine, isHeader: false);
                    break;
                case RecordStatus.TooLarge:
                    Error = InventoryErrors.RecordTooLarge(language, at, maxRecordBytes, records.BadLine, isHeader: false);
                    break;
                case RecordStatus.Undecodable:
                    Error = InventoryErrors.UndecodableText(language, at, records.BadLine, records.Encoding!);
                    Ended = true;
                    break;
                case RecordStatus.UnclosedToEnd:
                    Error = InventoryErrors.UnbalancedQuote(language, at, records.BadLine);
                    Ended = true;
                    break;
                case RecordStatus.Truncated:
                    // A CAIQ row may be short (Excel leaves out trailing separators), so only a quote or a character cut by the end tells.
                    Error = InventoryErrors.TruncatedFile(language, at, records.BadLine, records.TruncatedInCharacter);
                    Ended = true;
                    break;
            }
            return true;
        }

        public void Dispose() => records.Dispose();

        /// <summary>Opens a file shared for reading and writing, so that a file open in Excel can be read.</summary>
        public static CaiqCsvRows Open(string path, TableReaderOptions options)
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            try
            {
                return new CaiqCsvRows(stream, path, options);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }
    }
}
