using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CloudResponsibility.Output;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The rows of a worksheet as a table, as <see cref="TableReader"/> reads a CSV file's: the header
    /// is the first row with something in it, then each data row's values in header order,
    /// streaming. Rows are numbered as Excel numbers them; rows Excel left out and rows whose cells
    /// are all empty are skipped and counted; a cell right of the header with something in it makes
    /// the row an error, as in CSV. A workbook that cannot be read (encrypted, damaged, without the
    /// worksheet asked for) is one error of the file, in place of the header. Errors name the sheet
    /// and the column letter (<see cref="Place"/>). Not thread-safe.
    /// </summary>
    internal sealed class WorkbookTableReader : ITableSource
    {
        private readonly TableReaderOptions options;
        private XlsxWorkbook? workbook;
        private WorksheetReader? sheet;
        private string sheetName = string.Empty;
        private string[]? headers;
        private string?[] values = Array.Empty<string?>();
        private long previousRow;
        private bool opened;
        private bool ended;

        public WorkbookTableReader(string path, TableReaderOptions options)
        {
            File = path;
            this.options = options;
        }

        public string File { get; }

        public Encoding? Encoding => null;

        public TableRowKind Kind { get; private set; }

        public RowLocation Location { get; private set; }

        public IReadOnlyList<string> Headers => headers ?? Array.Empty<string>();

        public IReadOnlyList<string?> Values => values;

        public InventoryError? Error { get; private set; }

        public long DataRows { get; private set; }

        public long SkippedEmptyRows { get; private set; }

        /// <summary>The worksheet read, once open.</summary>
        public string SheetName => sheetName;

        public bool Read()
        {
            Error = null;
            if (ended) return false;
            // A workbook that cannot be opened: positioned on the error of the file.
            if (!opened && !Open()) return true;
            if (headers is null && options.Header is { } given) return GivenHeader(given);
            while (true)
            {
                bool read;
                try
                {
                    read = sheet!.Read();
                }
                catch (Exception exception) when (exception is XmlException || exception is InvalidDataException || exception is IOException)
                {
                    return Fail(WorkbookErrors.Corrupt(options.Language, new RowLocation(File, null, null), exception.Message));
                }
                if (!read)
                {
                    ended = true;
                    return false;
                }
                var row = sheet.Row;
                if (row > previousRow + 1) SkippedEmptyRows += row - previousRow - 1;
                previousRow = row;
                Location = new RowLocation(File, row, null);
                if (headers is null ? ReadHeader() : ReadRow()) return true;
            }
        }

        /// <summary>A workbook's text is XML, never UTF-16 read as something else.</summary>
        public bool LooksLikeUtf16 => false;

        public void End() => ended = true;

        public void Dispose()
        {
            sheet?.Dispose();
            workbook?.Dispose();
        }

        /// <summary>The error with the sheet, and the column's letter and header when it is a cell's, added to its message.</summary>
        public InventoryError Place(InventoryError error)
        {
            if (!opened || workbook is null || error.Row is null) return error;
            var column = error.Column is null || headers is null ? -1 : Array.IndexOf(headers, error.Column);
            var place = column < 0
                ? WorkbookErrors.SheetPlace(options.Language, sheetName)
                : WorkbookErrors.CellPlace(options.Language, sheetName, ColumnName.Of(column), error.Column!);
            return new InventoryError(error.ErrorId, Sentences.Join(error.Message, place), error.File, error.Row, error.Line, error.Column, error.Value);
        }

        private bool Open()
        {
            opened = true;
            var at = new RowLocation(File, null, null);
            try
            {
                workbook = XlsxWorkbook.Open(File);
                sheet = workbook.OpenSheet(options.WorksheetName, out sheetName);
                return true;
            }
            catch (WorkbookException exception)
            {
                Fail(WorkbookErrors.Of(options.Language, at, exception, options.WorksheetName));
                return false;
            }
        }

        /// <summary>The workbook cannot be read on: one error in place of the header (or of the rest), then the end.</summary>
        private bool Fail(InventoryError error)
        {
            Error = error;
            Kind = TableRowKind.BadHeader;
            ended = true;
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
            var width = sheet!.Width;
            var cells = new string[width];
            var blank = true;
            for (var i = 0; i < width; i++)
            {
                cells[i] = FormulaProtection.Unprotect(sheet.Cell(i) ?? string.Empty);
                if (blank && !TextNormalizer.IsBlank(cells[i])) blank = false;
            }
            if (blank)
            {
                SkippedEmptyRows++;
                return false;
            }
            headers = cells;
            values = new string?[width];
            Kind = TableRowKind.Header;
            return true;
        }

        private bool ReadRow()
        {
            var columns = values.Length;
            var blank = true;
            for (var i = 0; i < columns; i++)
            {
                // A CSV report's protected text, opened in a spreadsheet and saved as a workbook, keeps its apostrophe.
                var value = FormulaProtection.UnprotectCell(sheet!.Cell(i));
                values[i] = value;
                if (blank && !TextNormalizer.IsBlank(value)) blank = false;
            }
            var extra = false;
            for (var i = columns; i < sheet!.Width && !extra; i++) extra = !TextNormalizer.IsBlank(sheet.Cell(i));
            if (blank && !extra)
            {
                SkippedEmptyRows++;
                return false;
            }
            DataRows++;
            if (extra)
            {
                Kind = TableRowKind.BadRow;
                Error = InventoryErrors.WrongColumnCount(options.Language, Location, columns, sheet.Width, RawRow());
                return true;
            }
            Kind = TableRowKind.Row;
            return true;
        }

        /// <summary>The row's cells, separated by tabs as Excel copies them.</summary>
        private string RawRow()
        {
            var builder = new StringBuilder();
            for (var i = 0; i < sheet!.Width; i++)
            {
                if (i > 0) builder.Append('\t');
                builder.Append(sheet.Cell(i));
            }
            return builder.ToString();
        }
    }
}
