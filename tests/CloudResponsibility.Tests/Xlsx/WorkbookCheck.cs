using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ExcelDataReader;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    /// <summary>Independent checks of a workbook's bytes: the Open XML SDK's validator and object model, and ExcelDataReader as a second reader.</summary>
    internal static class WorkbookCheck
    {
        // ExcelDataReader asks for code page 1252 as its fallback even for .xlsx, which .NET has only from this provider.
        static WorkbookCheck() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

        /// <summary>Fails with the validator's findings, if it has any.</summary>
        public static void AssertValid(byte[] workbook)
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
                .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        }

        /// <summary>Every sheet's rows as ExcelDataReader reads them: names and cell values (strings, doubles, booleans, dates).</summary>
        public static List<(string Name, List<object?[]> Rows)> ReadBack(byte[] workbook)
        {
            var sheets = new List<(string, List<object?[]>)>();
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(workbook));
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    var row = new object?[reader.FieldCount];
                    for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                    rows.Add(row);
                }
                sheets.Add((reader.Name, rows));
            }
            while (reader.NextResult());
            return sheets;
        }

        /// <summary>Opens the workbook with the Open XML SDK, for questions of structure and style.</summary>
        public static SpreadsheetDocument Open(byte[] workbook) => SpreadsheetDocument.Open(new MemoryStream(workbook), false);

        public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
            return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        }

        public static Cell Cell(WorksheetPart sheet, string reference) =>
            sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);

        public static CellFormat Format(SpreadsheetDocument document, Cell cell) =>
            document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
    }
}
