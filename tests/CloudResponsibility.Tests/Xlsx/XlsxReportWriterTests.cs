using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    /// <summary>The workbook writer, checked by the Open XML SDK's validator and read back by ExcelDataReader.</summary>
    public sealed class XlsxReportWriterTests : IDisposable
    {
        // The CSV guard's payloads: in a workbook each is a text cell, never a formula.
        private static readonly string[] Payloads =
        {
            "=1+2", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "=a,b", "=\"q\"", "-", "=HYPERLINK(\"http://e.com\",\"x\")",
            "plain", "a,b", "say \"hi\"", "line1\r\nline2", " padded ", "責任共有", "x=1", "'already", "1-2", "_x0041_", "<b>&amp;</b>", "bell\u0007",
        };

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private static byte[] Write(IReadOnlyList<string> header, Action<XlsxReportWriter> rows, int maxSheetRows = XlsxReportWriter.MaxSheetRows, bool compressAside = false)
        {
            var stream = new MemoryStream();
            using (var writer = new XlsxReportWriter(stream, maxSheetRows, compressAside))
            {
                writer.WriteHeader(header);
                rows(writer);
                writer.Finish();
            }
            return stream.ToArray();
        }

        [Fact]
        public void Cells_TypedValues_AreValidAndReadBackAsTheirTypes()
        {
            var bytes = Write(new[] { "Name", "Count", "Flag", "Due", "At", "Countries", "Note", "Empty", "Ratio" }, writer =>
            {
                writer.StartRow();
                writer.Text("責任共有");
                writer.Integer(42);
                writer.Boolean(true);
                writer.Cell(new DateTime(2027, 6, 30));
                writer.Cell(new DateTime(2027, 6, 30, 13, 45, 10));
                writer.Cell(new[] { "JP", "US" });
                writer.Text(" padded ");
                writer.Text(null);
                writer.Cell(0.25);
                writer.EndRow();
            });

            WorkbookCheck.AssertValid(bytes);
            var (name, rows) = Assert.Single(WorkbookCheck.ReadBack(bytes));
            Assert.Equal("Report", name);
            Assert.Equal(new object?[] { "Name", "Count", "Flag", "Due", "At", "Countries", "Note", "Empty", "Ratio" }, rows[0]);
            Assert.Equal(new object?[] { "責任共有", 42d, true, new DateTime(2027, 6, 30), new DateTime(2027, 6, 30, 13, 45, 10), "JP;US", " padded ", null, 0.25 }, rows[1]);
        }

        [Fact]
        public void Header_IsBoldFrozenAndFiltered_WidthsCountWideCharactersDouble()
        {
            var bytes = Write(new[] { "Wide", "Narrow" }, writer =>
            {
                foreach (var (wide, narrow) in new[] { ("東京都千代田区丸の内", "abcdefghij"), ("大阪", "xy") })
                {
                    writer.StartRow();
                    writer.Text(wide);
                    writer.Text(narrow);
                    writer.EndRow();
                }
            });

            WorkbookCheck.AssertValid(bytes);
            using var document = WorkbookCheck.Open(bytes);
            var sheet = WorkbookCheck.Sheet(document, "Report");
            var pane = sheet.Worksheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1d, pane.VerticalSplit!.Value);
            Assert.Equal("A1:B3", sheet.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
            var header = WorkbookCheck.Format(document, WorkbookCheck.Cell(sheet, "A1"));
            var font = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)header.FontId!.Value);
            Assert.NotNull(font.Bold);
            var widths = sheet.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
            // Ten wide characters take twenty columns, ten narrow ones ten.
            Assert.True(widths[0] >= 20 && widths[1] >= 10 && widths[0] > widths[1] + 8, string.Join(", ", widths));
            Assert.Contains(document.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm._FilterDatabase" && n.Text == "'Report'!$A$1:$B$3");
        }

        [Fact]
        public void Text_LongerThanACellHolds_IsCutThere_WithoutSplittingAPair_AndNoted()
        {
            var max = XlsxReportWriter.MaxCellText;
            var texts = new[]
            {
                new string('あ', 40000),
                new string('x', max - 1) + "\U0001F600tail",   // the pair would straddle the limit
                new string('y', max),                          // exactly what a cell holds
            };
            XlsxReportWriter? used = null;
            var bytes = Write(new[] { "Name", "Text" }, writer =>
            {
                used = writer;
                foreach (var text in texts)
                {
                    writer.StartRow();
                    writer.Text("n");
                    writer.Text(text);
                    writer.EndRow();
                }
            });

            WorkbookCheck.AssertValid(bytes);
            var rows = Assert.Single(WorkbookCheck.ReadBack(bytes)).Rows;
            Assert.Equal(new[] { new string('あ', max), new string('x', max - 1), texts[2] }, rows.Skip(1).Select(row => (string?)row[1]));
            Assert.Equal(2, used!.OverlongCount);
            Assert.Equal(new[] { (2L, "Text", 40000), (3L, "Text", max + 5) }, used.Overlong);
        }

        [Fact]
        public void Text_InjectionPayloads_AreTextCellsNeverFormulas_AndReadBackAsWritten()
        {
            var bytes = Write(new[] { "Value" }, writer =>
            {
                foreach (var payload in Payloads)
                {
                    writer.StartRow();
                    writer.Text(payload);
                    writer.EndRow();
                }
            });

            WorkbookCheck.AssertValid(bytes);
            using (var document = WorkbookCheck.Open(bytes))
            {
                var sheet = WorkbookCheck.Sheet(document, "Report");
                Assert.Empty(sheet.Worksheet.Descendants<CellFormula>());
                Assert.All(sheet.Worksheet.Descendants<Cell>(), cell => Assert.True(cell.DataType!.Value == CellValues.InlineString || cell.DataType.Value == CellValues.SharedString));
            }
            var rows = Assert.Single(WorkbookCheck.ReadBack(bytes)).Rows;
            Assert.Equal(Payloads, rows.Skip(1).Select(row => (string?)row[0]));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Text_RecurringLongTexts_AreSharedOnce_AndAManyChunkSheetReadsBackAsWritten(bool compressAside)
        {
            // A layer's duties recur on every service's rows: the table holds each once, however long.
            var duties = new[] { "利用者は" + new string('務', 400), "Provider: " + new string('d', 900) };
            const int rows = 5000;
            var bytes = Write(new[] { "Service", "Duty" }, writer =>
            {
                for (var i = 0; i < rows; i++)
                {
                    writer.StartRow();
                    writer.Text("Service " + i);
                    writer.Text(duties[i % 2]);
                    writer.EndRow();
                }
            }, compressAside: compressAside);

            WorkbookCheck.AssertValid(bytes);
            using (var document = WorkbookCheck.Open(bytes))
            {
                var table = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
                Assert.Equal(1, table.Elements<SharedStringItem>().Count(item => item.InnerText == duties[0]));
                Assert.Equal(1, table.Elements<SharedStringItem>().Count(item => item.InnerText == duties[1]));
            }
            var read = Assert.Single(WorkbookCheck.ReadBack(bytes)).Rows;
            Assert.Equal(rows + 1, read.Count);
            Assert.All(Enumerable.Range(0, rows), i => Assert.Equal(new object?[] { "Service " + i, duties[i % 2] }, read[i + 1]));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Rows_BeyondASheet_ContinueOnTheNextUnderTheSameHeader(bool compressAside)
        {
            var stream = new MemoryStream();
            int overflow;
            using (var writer = new XlsxReportWriter(stream, maxSheetRows: 4, compressAside))
            {
                writer.WriteHeader(new[] { "N", "Name" });
                for (var i = 1; i <= 10; i++)
                {
                    writer.StartRow();
                    writer.Integer(i);
                    writer.Text("row " + i);
                    writer.EndRow();
                }
                writer.Finish();
                overflow = writer.OverflowSheets;
            }
            var bytes = stream.ToArray();

            WorkbookCheck.AssertValid(bytes);
            var sheets = WorkbookCheck.ReadBack(bytes);
            Assert.Equal(3, overflow);
            Assert.Equal(new[] { "Report", "Report (2)", "Report (3)", "Report (4)" }, sheets.Select(s => s.Name));
            Assert.All(sheets, sheet => Assert.Equal(new object?[] { "N", "Name" }, sheet.Rows[0]));
            Assert.All(sheets, sheet => Assert.True(sheet.Rows.Count <= 4));
            var numbers = sheets.SelectMany(sheet => sheet.Rows.Skip(1)).Select(row => Convert.ToInt32(row[0])).ToList();
            Assert.Equal(Enumerable.Range(1, 10), numbers);
        }

        [Fact]
        public void Questionnaire_IsAFormToFillIn()
        {
            var columns = ReportColumns.Of(typeof(VendorQuestionnaireRow))!.Names;
            var bytes = Write(columns, writer =>
            {
                writer.StartRow();
                foreach (var column in columns) writer.Text(column == "Language" ? "Ja" : column == "Answer" || column == "ValidUntil" || column == "Evidence" ? null : "x");
                writer.EndRow();
            });

            WorkbookCheck.AssertValid(bytes);
            using var document = WorkbookCheck.Open(bytes);
            var sheet = WorkbookCheck.Sheet(document, "Questionnaire");
            string Letter(string column) => CloudResponsibility.Xlsx.ColumnName.Of(columns.ToList().IndexOf(column));
            var validations = sheet.Worksheet.Descendants<DataValidation>().ToList();
            var list = validations.Single(v => v.Type!.Value == DataValidationValues.List);
            Assert.Equal("\"はい,いいえ,一部,該当なし\"", list.Formula1!.Text);
            Assert.StartsWith(Letter("Answer") + "2:", list.SequenceOfReferences!.InnerText);
            var date = validations.Single(v => v.Type!.Value == DataValidationValues.Date);
            Assert.StartsWith(Letter("ValidUntil") + "2:", date.SequenceOfReferences!.InnerText);
            var protection = sheet.Worksheet.Elements<SheetProtection>().Single();
            Assert.True(protection.Sheet!.Value);
            Assert.Null(protection.Password);
            Assert.Null(protection.HashValue);
            Assert.False(WorkbookCheck.Format(document, WorkbookCheck.Cell(sheet, Letter("Answer") + "2")).Protection!.Locked!.Value);
            Assert.False(WorkbookCheck.Format(document, WorkbookCheck.Cell(sheet, Letter("Comment") + "2")).Protection!.Locked!.Value);
            Assert.Null(WorkbookCheck.Format(document, WorkbookCheck.Cell(sheet, Letter("Question") + "2")).Protection);
            var instructions = WorkbookCheck.Sheet(document, "Instructions").Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();
            Assert.Contains(instructions, text => text.Contains("記入方法"));
            Assert.Contains(instructions, text => text.Contains("How to fill in"));
        }

        [Theory]
        [InlineData("Ja", "はい,いいえ,一部,該当なし")]
        [InlineData("En", "Yes,No,Partial,Not applicable")]
        public void Questionnaire_DropDown_OffersReadableAnswersTheReaderReads_AndTheInstructionsListThem(string language, string offered)
        {
            var columns = ReportColumns.Of(typeof(VendorQuestionnaireRow))!.Names;
            var bytes = Write(columns, writer =>
            {
                writer.StartRow();
                foreach (var column in columns) writer.Text(column == "Language" ? language : column == "Answer" || column == "ValidUntil" || column == "Evidence" ? null : "x");
                writer.EndRow();
            });
            using var document = WorkbookCheck.Open(bytes);
            var list = WorkbookCheck.Sheet(document, "Questionnaire").Worksheet.Descendants<DataValidation>().Single(v => v.Type!.Value == DataValidationValues.List);
            var choices = list.Formula1!.Text.Trim('"').Split(',');
            Assert.Equal(offered, string.Join(",", choices));
            // Each choice reads back as the answer it stands for, in the same order in either language.
            var read = choices.Select(choice => CloudResponsibility.Parsing.AnswerParser.TryParse(choice, out var answer) ? answer : null).ToList();
            Assert.Equal(new CloudResponsibility.Model.VendorAnswer?[] { CloudResponsibility.Model.VendorAnswer.Yes, CloudResponsibility.Model.VendorAnswer.No, CloudResponsibility.Model.VendorAnswer.Partial, CloudResponsibility.Model.VendorAnswer.NotApplicable }, read);
            // The instructions say what may be chosen, in both columns: the choices offered, and in the column of the other language glossed in it; nothing the list refuses.
            var first = WorkbookCheck.Sheet(document, "Instructions").Worksheet.Descendants<Row>().ElementAt(1).Descendants<InlineString>().Select(t => t.InnerText).ToList();
            Assert.Equal(2, first.Count);
            Assert.All(first, line => Assert.All(choices, choice => Assert.Contains(choice, line)));
            Assert.All(first, line => Assert.DoesNotContain("NotApplicable", line));
            var other = language == "Ja" ? new[] { "Yes", "No", "Partial", "Not applicable" } : new[] { "はい", "いいえ", "一部", "該当なし" };
            Assert.All(other, gloss => Assert.Contains(gloss, first[language == "Ja" ? 1 : 0]));
        }

        [Fact]
        public void Session_Xlsx_IsInferredFromTheExtensionAndWrittenAtomically()
        {
            var path = Path.Combine(directory.Path, "report.xlsx");
            Assert.True(ReportFormats.TryInfer(path, out var format));
            Assert.Equal(ReportFormat.Xlsx, format);
            Assert.False(ReportFormats.CanAppend(ReportFormat.Xlsx));
            using (var abandoned = ReportSession.Open(path, format, ReportOptions.Default))
                abandoned.Add(new[] { "A" }, new object?[] { "x" });
            Assert.False(File.Exists(path));

            using (var session = ReportSession.Open(path, format, ReportOptions.Default))
            {
                session.Add(new[] { "A", "B" }, new object?[] { "x", 1 });
                session.Commit();
            }
            var bytes = File.ReadAllBytes(path);
            WorkbookCheck.AssertValid(bytes);
            Assert.Equal(new object?[] { "x", 1d }, Assert.Single(WorkbookCheck.ReadBack(bytes)).Rows[1]);
        }
    }
}
