using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CloudResponsibility.Model;
using CloudResponsibility.Text;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Writes a report as an Excel workbook (.xlsx), streaming: one worksheet with a bold header
    /// row, frozen, under an autofilter; text as text (recurring texts shared, as Excel saves them), numbers and booleans as such, calendar dates
    /// and times as dates (year first); lists joined as in CSV. Every cell is a value, never a
    /// formula, so no cell can run as one. Column widths are fitted to the header and the first
    /// rows (East Asian wide characters count double), held back until then. A sheet holds at most
    /// 1,048,576 rows: further rows continue on another sheet under the same header
    /// (<see cref="ReportWriter.OverflowSheets"/> counts them). A questionnaire
    /// (<see cref="QuestionnaireForm"/>) becomes a form to fill in, with an instructions sheet.
    /// </summary>
    public sealed class XlsxReportWriter : ReportWriter
    {
        /// <summary>The rows a worksheet holds, the header's included.</summary>
        public const int MaxSheetRows = 1048576;

        /// <summary>The characters a cell holds: Excel repairs a workbook with a longer text, and drops what is past it.</summary>
        public const int MaxCellText = 32767;

        /// <summary>How many of the cells cut to <see cref="MaxCellText"/> <see cref="Overlong"/> keeps.</summary>
        public const int MaxOverlongKept = 10;

        // Widths are fitted to the rows written before the sheet's start is: these are held back.
        private const int FittedRows = 1000;
        private const int MaxWidth = 60;

        private readonly WorkbookPackage package;
        private readonly int maxSheetRows;
        private readonly GatheringWriter sink = new GatheringWriter(TextWriter.Null);
        private IReadOnlyList<string> columns = Array.Empty<string>();
        private string[] letters = Array.Empty<string>();
        private int[] widths = Array.Empty<int>();
        private QuestionnaireForm? form;
        private Language formLanguage = Language.En;
        private bool languageKnown;
        private TextWriter? part;
        private StringWriter? heldBack;
        private int sheetRow;
        private string rowNumber = "1";
        private int column;
        private int sheets;
        private readonly List<(long Row, string Column, int Length)> overlong = new List<(long Row, string Column, int Length)>();

        /// <summary>
        /// Opens a writer over <paramref name="stream"/>, which it fills from its current position;
        /// with <paramref name="compressAside"/>, its sheets are compressed on a thread of their own
        /// (see <see cref="ReportOptions.CompressWorkbookAside"/>).
        /// </summary>
        public XlsxReportWriter(Stream stream, bool compressAside = false)
            : this(stream, MaxSheetRows, compressAside)
        {
        }

        /// <summary>A writer whose sheets hold fewer rows, so that tests can reach the next sheet.</summary>
        internal XlsxReportWriter(Stream stream, int maxSheetRows, bool compressAside = false)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (maxSheetRows < 2 || maxSheetRows > MaxSheetRows) throw new ArgumentOutOfRangeException(nameof(maxSheetRows));
            package = new WorkbookPackage(stream, compressAside);
            this.maxSheetRows = maxSheetRows;
        }

        /// <inheritdoc />
        public override int OverflowSheets => Math.Max(0, sheets - 1);

        /// <summary>
        /// The cells (the first <see cref="MaxOverlongKept"/>) whose text was cut to
        /// <see cref="MaxCellText"/> characters: the row as its sheet numbers it (the header is row
        /// 1), the column and the length the text had.
        /// </summary>
        public IReadOnlyList<(long Row, string Column, int Length)> Overlong => overlong;

        /// <summary>How many cells had their text cut to <see cref="MaxCellText"/> characters.</summary>
        public long OverlongCount { get; private set; }

        /// <inheritdoc />
        public override void WriteHeader(IReadOnlyList<string> columns)
        {
            if (columns is null) throw new ArgumentNullException(nameof(columns));
            if (columns.Count > ColumnName.MaxColumns) throw new NotSupportedException($"A worksheet holds at most {ColumnName.MaxColumns} columns; the report has {columns.Count}.");
            this.columns = columns;
            letters = new string[columns.Count];
            widths = new int[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                letters[i] = ColumnName.Of(i);
                // Bold text is a little wider; the filter's button takes two more.
                widths[i] = DisplayWidth.Of(columns[i]) + 3;
            }
            form = QuestionnaireForm.Recognise(columns);
            StartSheet();
        }

        /// <inheritdoc />
        public override void StartRow()
        {
            if (sheetRow == maxSheetRows)
            {
                EndSheet();
                StartSheet();
            }
            sheetRow++;
            rowNumber = sheetRow.ToString(CultureInfo.InvariantCulture);
            column = 0;
            sink.Write("<row r=\"");
            sink.Write(rowNumber);
            sink.Write("\">");
        }

        /// <inheritdoc />
        public override void Cell(object? value)
        {
            switch (value)
            {
                case null: Text(null); break;
                case string text: Text(text); break;
                case bool flag: Boolean(flag); break;
                case int number: Integer(number); break;
                case long number: Number(number.ToString(CultureInfo.InvariantCulture)); break;
                case short or byte or sbyte or ushort or uint or ulong or decimal: Number(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)); break;
                case double number when !double.IsNaN(number) && !double.IsInfinity(number): Number(number.ToString("R", CultureInfo.InvariantCulture)); break;
                case float number when !float.IsNaN(number) && !float.IsInfinity(number): Number(number.ToString("R", CultureInfo.InvariantCulture)); break;
                case DateTime date: Date(date); break;
                case Enum member: Text(member.ToString()); break;
                default: Text(ReportValue.Format(value)); break;
            }
        }

        /// <inheritdoc />
        public override void Text(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                Empty();
                return;
            }
            // Cells are typed, so nothing runs as a formula; but the module's readers take the
            // apostrophe off what looks like a CSV report's protected text, so such text gets one more.
            if (FormulaProtection.LooksProtected(text!)) text = FormulaProtection.Protect(text!);
            if (text!.Length > MaxCellText) text = Shorten(text);
            if (form is not null && column == form.LanguageColumn && !languageKnown) SetFormLanguage(text);
            if (heldBack is not null) Measure(DisplayWidth.Of(text));
            StartCell();
            if (package.SharedStrings.TryGetIndex(text!, out var index))
            {
                sink.Write("\" t=\"s\"");
                Style(XlsxStyles.Unlocked);
                sink.Write("><v>");
                sink.Write(index.ToString(CultureInfo.InvariantCulture));
                sink.Write("</v></c>");
            }
            else
            {
                sink.Write("\" t=\"inlineStr\"");
                Style(XlsxStyles.Unlocked);
                sink.Write(PreservesSpace(text!) ? "><is><t xml:space=\"preserve\">" : "><is><t>");
                XmlText.Write(sink, text!);
                sink.Write("</t></is></c>");
            }
            column++;
        }

        /// <inheritdoc />
        public override void Boolean(bool value)
        {
            if (heldBack is not null) Measure(5);
            StartCell();
            sink.Write("\" t=\"b\"");
            Style(XlsxStyles.Unlocked);
            sink.Write(value ? "><v>1</v></c>" : "><v>0</v></c>");
            column++;
        }

        /// <inheritdoc />
        public override void Integer(int value) => Number(value.ToString(CultureInfo.InvariantCulture));

        /// <inheritdoc />
        public override void EndRow()
        {
            // A row with fewer cells than columns: the form's open cells still need their unlocked style.
            while (form is not null && column < columns.Count) Empty();
            sink.Write("</row>");
            if (heldBack is not null && sheetRow > FittedRows) ReleaseHeldBack();
        }

        /// <inheritdoc />
        public override void Finish()
        {
            if (sheets == 0) WriteHeader(Array.Empty<string>());
            EndSheet();
            if (form is not null) WriteInstructions();
            package.Close();
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            part?.Dispose();
            part = null;
            package.Dispose();
        }

        private void Number(string text)
        {
            if (heldBack is not null) Measure(text.Length);
            StartCell();
            sink.Write('"');
            Style(XlsxStyles.Unlocked);
            sink.Write("><v>");
            sink.Write(text);
            sink.Write("</v></c>");
            column++;
        }

        private void Date(DateTime value)
        {
            var isDate = ReportValue.IsDate(value);
            if (!ExcelDate.TryToSerial(value, out var serial))
            {
                // Before 1900-03-01 Excel has no serial to show it by: the date goes as the text CSV writes.
                Text(ReportValue.Format(value));
                return;
            }
            if (heldBack is not null) Measure(isDate ? 10 : 19);
            StartCell();
            sink.Write('"');
            var open = form is not null && column < form.Open.Count && form.Open[column];
            var style = isDate ? (open ? XlsxStyles.UnlockedDate : XlsxStyles.Date) : XlsxStyles.DateTime;
            sink.Write(" s=\"");
            sink.Write(style.ToString(CultureInfo.InvariantCulture));
            sink.Write("\"><v>");
            sink.Write(serial.ToString("R", CultureInfo.InvariantCulture));
            sink.Write("</v></c>");
            column++;
        }

        /// <summary>A text cut to what a cell holds, noted for the report's warning; a surrogate pair is not split.</summary>
        private string Shorten(string text)
        {
            OverlongCount++;
            if (overlong.Count < MaxOverlongKept) overlong.Add((sheetRow, column < columns.Count ? columns[column] : string.Empty, text.Length));
            return text.Substring(0, char.IsHighSurrogate(text[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText);
        }

        /// <summary>An empty cell: nothing, but for a form's open cell, which must be there to be unlocked.</summary>
        private void Empty()
        {
            if (form is not null && column < form.Open.Count && form.Open[column])
            {
                StartCell();
                sink.Write(column == form.ValidUntilColumn ? "\" s=\"5\"/>" : "\" s=\"4\"/>");
            }
            column++;
        }

        private void StartCell()
        {
            if (column >= letters.Length) throw new InvalidOperationException("A row has more cells than the report has columns.");
            sink.Write("<c r=\"");
            sink.Write(letters[column]);
            sink.Write(rowNumber);
        }

        /// <summary>Closes the cell's attributes with its style: the open cells of a form are unlocked.</summary>
        private void Style(int unlocked)
        {
            if (form is not null && column < form.Open.Count && form.Open[column])
            {
                sink.Write(" s=\"");
                sink.Write(unlocked.ToString(CultureInfo.InvariantCulture));
                sink.Write('"');
            }
        }

        private void Measure(int width)
        {
            if (column < widths.Length && width > widths[column]) widths[column] = width;
        }

        private void SetFormLanguage(string text)
        {
            languageKnown = true;
            if (Enum.TryParse<Language>(text, ignoreCase: true, out var language)) formLanguage = language;
        }

        private static bool PreservesSpace(string text) => char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]);

        private string SheetName(int number)
        {
            var name = form is null ? "Report" : "Questionnaire";
            return number == 1 ? name : name + " (" + number.ToString(CultureInfo.InvariantCulture) + ")";
        }

        /// <summary>Starts a sheet with the header row; the first sheet's rows are held back until its widths are known.</summary>
        private void StartSheet()
        {
            sheets++;
            part = package.AddSheet(SheetName(sheets));
            sheetRow = 0;
            if (sheets == 1)
            {
                heldBack = new StringWriter(CultureInfo.InvariantCulture);
                sink.Retarget(heldBack);
            }
            else
            {
                sink.Retarget(part);
                WriteSheetStart();
            }
            if (columns.Count == 0) return;
            sheetRow = 1;
            rowNumber = "1";
            sink.Write("<row r=\"1\">");
            for (column = 0; column < columns.Count; column++)
            {
                StartCell();
                sink.Write("\" t=\"inlineStr\" s=\"1\"><is><t>");
                XmlText.Write(sink, columns[column]);
                sink.Write("</t></is></c>");
            }
            sink.Write("</row>");
        }

        private void ReleaseHeldBack()
        {
            sink.Drain();
            var rows = heldBack!.ToString();
            heldBack = null;
            WriteSheetStart();
            part!.Write(rows);
            sink.Retarget(part);
        }

        private void WriteSheetStart()
        {
            var xml = part!;
            xml.Write(WorkbookPackage.SheetStart);
            xml.Write("<sheetViews><sheetView workbookViewId=\"0\"");
            if (sheets == 1) xml.Write(" tabSelected=\"1\"");
            xml.Write(columns.Count == 0 ? "/>" : "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView>");
            xml.Write("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
            if (columns.Count > 0)
            {
                xml.Write("<cols>");
                for (var i = 0; i < columns.Count; i++)
                {
                    var width = Math.Min(widths[i], MaxWidth) + 1.7;
                    xml.Write("<col min=\"");
                    xml.Write((i + 1).ToString(CultureInfo.InvariantCulture));
                    xml.Write("\" max=\"");
                    xml.Write((i + 1).ToString(CultureInfo.InvariantCulture));
                    xml.Write("\" width=\"");
                    xml.Write(width.ToString("0.##", CultureInfo.InvariantCulture));
                    xml.Write("\" customWidth=\"1\"");
                    // Rows the vendor adds below the last get the column's style: open, too.
                    if (form is not null && form.Open[i]) xml.Write(i == form.ValidUntilColumn ? " style=\"5\"" : " style=\"4\"");
                    xml.Write("/>");
                }
                xml.Write("</cols>");
            }
            xml.Write("<sheetData>");
        }

        private void EndSheet()
        {
            if (part is null) return;
            if (heldBack is not null) ReleaseHeldBack();
            sink.Drain();
            var xml = part;
            xml.Write("</sheetData>");
            if (form is not null)
                // Protected without a password; sorting, filtering and widening columns stay allowed.
                xml.Write("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" sort=\"0\" autoFilter=\"0\"/>");
            if (columns.Count > 0)
            {
                var range = "A1:" + letters[columns.Count - 1] + Math.Max(sheetRow, 1).ToString(CultureInfo.InvariantCulture);
                xml.Write("<autoFilter ref=\"");
                xml.Write(range);
                xml.Write("\"/>");
                package.SetFilter(range);
            }
            if (form is not null) WriteValidations(xml);
            xml.Write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
            xml.Dispose();
            part = null;
        }

        private void WriteValidations(TextWriter xml)
        {
            var ja = formLanguage == Language.Ja;
            var answers = "\"" + string.Join(",", QuestionnaireForm.Answers(formLanguage)) + "\"";
            var last = MaxSheetRows.ToString(CultureInfo.InvariantCulture);
            xml.Write(form!.ValidUntilColumn >= 0 ? "<dataValidations count=\"2\">" : "<dataValidations count=\"1\">");
            xml.Write("<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"");
            XmlText.Write(xml, ja ? "回答" : "Answer");
            xml.Write("\" error=\"");
            XmlText.Write(xml, ja ? "一覧から回答を選んでください。" : "Choose an answer from the list.");
            xml.Write("\" sqref=\"");
            xml.Write(letters[form.AnswerColumn] + "2:" + letters[form.AnswerColumn] + last);
            xml.Write("\"><formula1>");
            XmlText.Write(xml, answers);
            xml.Write("</formula1></dataValidation>");
            if (form.ValidUntilColumn >= 0)
            {
                xml.Write("<dataValidation type=\"date\" operator=\"between\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"");
                XmlText.Write(xml, ja ? "有効期限" : "Valid until");
                xml.Write("\" error=\"");
                XmlText.Write(xml, ja ? "日付を入力してください（例: 2027/06/30）。" : "Enter a date, year first (2027-06-30).");
                xml.Write("\" sqref=\"");
                xml.Write(letters[form.ValidUntilColumn] + "2:" + letters[form.ValidUntilColumn] + last);
                // 1900-01-01 to 9999-12-31, Excel's whole calendar.
                xml.Write("\"><formula1>1</formula1><formula2>2958465</formula2></dataValidation>");
            }
            xml.Write("</dataValidations>");
        }

        private void WriteInstructions()
        {
            using var xml = package.AddSheet(QuestionnaireInstructions.SheetName);
            xml.Write(WorkbookPackage.SheetStart);
            xml.Write("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
            xml.Write("<cols><col min=\"1\" max=\"2\" width=\"80\" customWidth=\"1\"/></cols><sheetData>");
            var row = 0;
            foreach (var (ja, en) in QuestionnaireInstructions.Lines(formLanguage))
            {
                row++;
                var number = row.ToString(CultureInfo.InvariantCulture);
                var style = row == 1 ? "1" : "6";
                xml.Write("<row r=\"" + number + "\"><c r=\"A" + number + "\" t=\"inlineStr\" s=\"" + style + "\"><is><t>");
                XmlText.Write(xml, ja);
                xml.Write("</t></is></c><c r=\"B" + number + "\" t=\"inlineStr\" s=\"" + style + "\"><is><t>");
                XmlText.Write(xml, en);
                xml.Write("</t></is></c></row>");
            }
            xml.Write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        }
    }
}
