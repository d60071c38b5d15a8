using System.Collections.Generic;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CloudResponsibility.Tests.Xlsx
{
    /// <summary>
    /// Workbooks made as Excel saves them, with the Open XML SDK: text in the shared strings (with
    /// the phonetic guides Japanese Excel adds), dates as serial numbers in date styles (a built-in
    /// and a custom Japanese format), booleans, formulas with their cached values, rows left out.
    /// </summary>
    internal sealed class ExcelSavedWorkbook
    {
        public const uint DateStyle = 1;   // built-in format 14
        public const uint JapaneseDateStyle = 2;   // custom yyyy"年"m"月"d"日"

        private readonly List<(string Name, List<Row> Rows)> sheets = new List<(string, List<Row>)>();
        private readonly List<SharedStringItem> strings = new List<SharedStringItem>();

        public ExcelSavedWorkbook Sheet(string name)
        {
            sheets.Add((name, new List<Row>()));
            return this;
        }

        /// <summary>Adds row <paramref name="number"/> (rows not added are left out, as Excel leaves out empty ones).</summary>
        public ExcelSavedWorkbook Row(uint number, params Cell?[] cells)
        {
            var row = new Row { RowIndex = number };
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is not { } cell) continue;
                cell.CellReference = CloudResponsibility.Xlsx.ColumnName.Of(i) + number;
                row.Append(cell);
            }
            sheets[sheets.Count - 1].Rows.Add(row);
            return this;
        }

        public Cell Text(string text, string? phonetic = null)
        {
            var item = new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (phonetic is not null)
            {
                item.Append(new PhoneticRun(new DocumentFormat.OpenXml.Spreadsheet.Text(phonetic)) { BaseTextStartIndex = 0, EndingBaseIndex = (uint)text.Length });
                item.Append(new PhoneticProperties { FontId = 1, Type = PhoneticValues.Hiragana });
            }
            strings.Add(item);
            return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count - 1) };
        }

        public static Cell Number(string value, uint style = 0) => new Cell { CellValue = new CellValue(value), StyleIndex = style == 0 ? null : style };

        public static Cell Boolean(bool value) => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

        public static Cell Formula(string formula, string cached, bool text = false) =>
            new Cell { CellFormula = new CellFormula(formula), CellValue = new CellValue(cached), DataType = text ? CellValues.String : null };

        public static Cell Inline(string text) => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

        public string Save(string path)
        {
            using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
            {
                var workbook = document.AddWorkbookPart();
                workbook.Workbook = new Workbook(new Sheets());
                var styles = workbook.AddNewPart<WorkbookStylesPart>();
                styles.Stylesheet = new Stylesheet(
                    new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\";@" }) { Count = 1 },
                    new Fonts(new Font(), new Font()) { Count = 2 },
                    new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                    new Borders(new Border()) { Count = 1 },
                    new CellFormats(
                        new CellFormat { NumberFormatId = 0 },
                        new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                        new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true })
                    { Count = 3 });
                uint id = 1;
                foreach (var (name, rows) in sheets)
                {
                    var part = workbook.AddNewPart<WorksheetPart>();
                    part.Worksheet = new Worksheet(new SheetData(rows));
                    workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
                }
                var shared = workbook.AddNewPart<SharedStringTablePart>();
                shared.SharedStringTable = new SharedStringTable(strings) { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count };
            }
            return path;
        }
    }
}
