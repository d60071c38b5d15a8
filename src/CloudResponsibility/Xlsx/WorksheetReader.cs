using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// The rows of one worksheet, streamed from its XML part: each row's cells as the text Excel
    /// shows, by column. Shared and inline strings as written (phonetic guides left out), numbers
    /// in the invariant culture to Excel's 15 digits, numbers in date styles as ISO 8601 dates
    /// (<c>2027-06-30</c>, with the time when there is one), booleans as TRUE and FALSE, formulas as
    /// the value Excel last calculated — never evaluated — and error values as shown (<c>#N/A</c>).
    /// Rows and cells Excel left out (empty ones) are absent; a merged range's value is in its
    /// first cell, as Excel stores it. Not thread-safe.
    /// </summary>
    internal sealed class WorksheetReader : IDisposable
    {
        private readonly XmlReader xml;
        private readonly XlsxWorkbook workbook;
        // Recurring values come back as the same string, as the CSV reader's pooled ones do, so that
        // the record builders read a recurring cell once (CellMemo goes by identity). Bounded.
        private const int MaxPooled = 8192;
        private const int MaxPooledLength = 64;
        private readonly Dictionary<string, string> pool = new Dictionary<string, string>(StringComparer.Ordinal);
        private string?[] cells = new string?[16];
        private bool started;
        private bool ended;

        public WorksheetReader(Stream part, XlsxWorkbook workbook)
        {
            xml = XmlReader.Create(part, WorkbookXml.Settings);
            this.workbook = workbook;
        }

        /// <summary>The current row's number as Excel shows it (from 1).</summary>
        public long Row { get; private set; }

        /// <summary>The number of columns up to the current row's last cell with a value.</summary>
        public int Width { get; private set; }

        /// <summary>The current row's cell in column <paramref name="index"/> (from 0); null when empty.</summary>
        public string? Cell(int index) => index < Width ? cells[index] : null;

        /// <summary>Moves to the next row the sheet has; false at its end.</summary>
        /// <exception cref="XmlException">The part is damaged.</exception>
        /// <exception cref="InvalidDataException">The package is damaged.</exception>
        public bool Read()
        {
            if (ended) return false;
            if (!started && !Start()) return End();
            Array.Clear(cells, 0, Width);
            Width = 0;
            while (!xml.EOF)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row") break;
                if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData") return End();
                xml.Read();
            }
            if (xml.EOF) return End();
            Row = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : Row + 1;
            if (xml.IsEmptyElement)
            {
                xml.Read();
                return true;
            }
            var depth = xml.Depth;
            var next = 0;
            xml.Read();
            while (!xml.EOF && xml.Depth > depth)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                {
                    next = ReadCell(next);
                    continue;
                }
                xml.Read();
            }
            xml.Read();
            return true;
        }

        public void Dispose() => xml.Dispose();

        private bool Start()
        {
            started = true;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheetData") continue;
                if (xml.IsEmptyElement) return false;
                xml.Read();
                return true;
            }
            return false;
        }

        private bool End()
        {
            ended = true;
            Width = 0;
            return false;
        }

        /// <summary>Reads the cell the reader is on and leaves it after the cell; returns the column after it.</summary>
        private int ReadCell(int next)
        {
            var reference = xml.GetAttribute("r");
            var column = reference is null ? next : ColumnName.IndexOf(reference);
            if (column < 0) column = next;
            var type = xml.GetAttribute("t");
            var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            string? raw = null;
            string? inline = null;
            if (xml.IsEmptyElement) xml.Read();
            else
            {
                var depth = xml.Depth;
                xml.Read();
                while (!xml.EOF && xml.Depth > depth)
                {
                    if (xml.NodeType == XmlNodeType.Element)
                    {
                        if (xml.LocalName == "v")
                        {
                            raw = xml.ReadElementContentAsString();
                            continue;
                        }
                        if (xml.LocalName == "is")
                        {
                            inline = WorkbookXml.ReadStringItem(xml);
                            xml.Read();
                            continue;
                        }
                        // A formula (f) is not evaluated: its cached value (v) is the cell's.
                        xml.Skip();
                        continue;
                    }
                    xml.Read();
                }
                xml.Read();
            }
            var value = Pooled(Value(type, style, raw, inline));
            if (value is { Length: > 0 } && column < ColumnName.MaxColumns)
            {
                if (column >= cells.Length) Array.Resize(ref cells, Math.Min(ColumnName.MaxColumns, Math.Max(column + 1, cells.Length * 2)));
                cells[column] = value;
                if (column >= Width) Width = column + 1;
            }
            return column + 1;
        }

        private string? Pooled(string? value)
        {
            if (value is null || value.Length > MaxPooledLength) return value;
            if (pool.TryGetValue(value, out var pooled)) return pooled;
            if (pool.Count < MaxPooled) pool[value] = value;
            return value;
        }

        private string? Value(string? type, int style, string? raw, string? inline)
        {
            switch (type)
            {
                case "s":
                    return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < workbook.SharedStrings.Count ? workbook.SharedStrings[index] : null;
                case "inlineStr":
                    return inline ?? (raw is null ? null : XmlText.Unescape(raw));
                case "b":
                    return raw is null ? null : raw.Trim() == "1" ? "TRUE" : "FALSE";
                case "str":
                case "e":
                    return raw is null ? null : XmlText.Unescape(raw);
                case "d":
                    return raw is not null && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? Iso(date) : raw;
                default:
                    if (raw is null) return null;
                    if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
                    if (workbook.Formats.IsDate(style) && ExcelDate.TryFromSerial(number, out var serialDate)) return Iso(serialDate);
                    // Whole numbers as written; others to the 15 digits Excel shows (0.1+0.2 is 0.3).
                    return IsPlainInteger(raw) ? raw : number.ToString("G15", CultureInfo.InvariantCulture);
            }
        }

        private static bool IsPlainInteger(string raw)
        {
            if (raw.Length == 0 || raw.Length > 15) return false;
            for (var i = 0; i < raw.Length; i++)
                if ((raw[i] < '0' || raw[i] > '9') && !(i == 0 && raw[i] == '-')) return false;
            return true;
        }

        private static string Iso(DateTime value) =>
            value.TimeOfDay == TimeSpan.Zero
                ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);
    }
}
