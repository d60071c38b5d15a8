using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Caiq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Caiq
{
    public sealed class CaiqReaderLayoutTests
    {
        private static readonly string?[][] Questions =
        {
            CaiqFixture.Question("A&A-01.1", "Yes", "CSP-owned", "監査方針を年 1 回見直します。"),
            CaiqFixture.Question("CEK-03.1", "No", "Shared CSP and CSC", "Data at rest is encrypted with AES-256.", "利用者は鍵を管理します。"),
            CaiqFixture.Question("DSP-07.1", "NA", "CSC-owned"),
            CaiqFixture.Question("IAM-02.1", null, null),
        };

        [Theory]
        [InlineData("CAIQv4.0.3")]
        [InlineData("CAIQv4.1")]
        public void Read_WorkbookAsCsaShipsIt_FindsTheCaiqSheetAndTheHeaderBelowTheTitles(string sheetName)
        {
            using var temp = new TempDirectory();
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "vendor.xlsx"), sheetName, CaiqFixture.Sheet(Questions));
            using var reader = CaiqReader.Open(path, "kintone", ServiceModel.SaaS);
            var answers = reader.ReadAll().Select(r => Assert.IsType<CaiqAnswer>(r.Answer)).ToList();

            Assert.Equal(sheetName, reader.Sheet);
            Assert.Equal(4, reader.HeaderRow);
            Assert.Equal(3, reader.TitleRows); // row 3, left out as Excel leaves out an empty row, counts too
            Assert.Equal(4, reader.Answers);
            Assert.Equal(new[] { "A&A-01.1", "CEK-03.1", "DSP-07.1", "IAM-02.1" }, answers.Select(a => a.QuestionId));
            Assert.Equal(new[] { 5L, 6L, 7L, 8L }, answers.Select(a => a.Row!.Value));
            Assert.Equal(new[] { CaiqAnswerValue.Yes, CaiqAnswerValue.No, CaiqAnswerValue.NotApplicable, CaiqAnswerValue.Missing }, answers.Select(a => a.Answer));
            Assert.Equal(new[] { CaiqOwnership.CspOwned, CaiqOwnership.SharedCspAndCsc, CaiqOwnership.CscOwned, CaiqOwnership.Unspecified }, answers.Select(a => a.Ownership));
            var cek = answers[1];
            Assert.Equal(("kintone", ServiceModel.SaaS, "CEK-03", "CEK"), (cek.ServiceName, cek.ServiceModel!.Value, cek.ControlId, cek.Domain));
            Assert.Equal("Data at rest is encrypted with AES-256.", cek.ImplementationDescription);
            Assert.Equal("利用者は鍵を管理します。", cek.CustomerResponsibilities);
            Assert.Equal("監査方針を年 1 回見直します。", answers[0].ImplementationDescription);
            Assert.Null(answers[2].ImplementationDescription);
            Assert.Equal("Our own words", cek.Question);
            Assert.All(answers, a => Assert.Equal((path, sheetName), (a.File!, a.Sheet!)));
        }

        [Fact]
        public void Read_CsvSaveOfTheSheet_ReadsTheSameAnswersWithoutASheet()
        {
            using var temp = new TempDirectory();
            var workbook = CaiqFixture.Workbook(Path.Combine(temp.Path, "vendor.xlsx"), "CAIQv4.0.3", CaiqFixture.Sheet(Questions));
            var csv = CaiqFixture.Csv(Path.Combine(temp.Path, "vendor.csv"), CaiqFixture.Sheet(Questions));

            using var fromCsv = CaiqReader.Open(csv, "kintone");
            var csvAnswers = fromCsv.ReadAll().Select(r => r.Answer!).ToList();
            using var fromWorkbook = CaiqReader.Open(workbook, "kintone");
            var workbookAnswers = fromWorkbook.ReadAll().Select(r => r.Answer!).ToList();

            Assert.Equal("utf-8", fromCsv.Encoding!.WebName);
            Assert.Null(fromCsv.Sheet);
            Assert.Equal(fromWorkbook.TitleRows, fromCsv.TitleRows);
            Assert.Equal(Describe(workbookAnswers), Describe(csvAnswers));
            Assert.All(csvAnswers, a => Assert.Null(a.Sheet));
        }

        [Fact]
        public void Read_JapaneseExcelCsvSave_DetectsShiftJis()
        {
            using var temp = new TempDirectory();
            var csv = CaiqFixture.Csv(Path.Combine(temp.Path, "vendor.csv"), CaiqFixture.Sheet(Questions), CloudResponsibility.Text.CodePages.ShiftJis);
            using var reader = CaiqReader.Open(csv, "kintone");
            var answers = reader.ReadAll().Select(r => r.Answer!).ToList();
            Assert.Equal(932, reader.Encoding!.CodePage);
            Assert.Equal("利用者は鍵を管理します。", answers[1].CustomerResponsibilities);
        }

        [Fact]
        public void Read_HeaderReordered_RespacedAndOptionalColumnsLeftOut_FindsColumnsByName()
        {
            using var temp = new TempDirectory();
            var rows = new[]
            {
                new string?[] { "CAIQ v4.1 — title" },
                new string?[] { "question  id", "ssrm control\r\nOWNERSHIP", "CCM Control ID", "ＣＳＰ ＣＡＩＱ Ａｎｓｗｅｒ" },
                new string?[] { "cek-03.1", "shared csp and csc", "CEK-03", "yes" },
            };
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), "CAIQv4.1", rows);
            using var reader = CaiqReader.Open(path, "s");
            var answer = Assert.Single(reader.ReadAll()).Answer!;
            Assert.Equal(("CEK-03.1", CaiqAnswerValue.Yes, CaiqOwnership.SharedCspAndCsc), (answer.QuestionId, answer.Answer, answer.Ownership));
            Assert.Null(answer.Question);
            Assert.Null(answer.ImplementationDescription);
            Assert.Null(answer.CustomerResponsibilities);
        }

        [Fact]
        public void Read_BlankRowsAmongQuestions_AreSkippedAndCounted()
        {
            using var temp = new TempDirectory();
            var rows = CaiqFixture.Sheet(Questions[0], null!, new string?[] { null, "  ", null }, Questions[1]);
            var workbook = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), "CAIQv4.0.3", rows);
            var csv = CaiqFixture.Csv(Path.Combine(temp.Path, "v.csv"), rows);
            foreach (var path in new[] { workbook, csv })
            {
                using var reader = CaiqReader.Open(path, "s");
                var results = reader.ReadAll().ToList();
                Assert.Equal(new[] { 5L, 8L }, results.Select(r => r.Answer!.Row!.Value));
                Assert.Equal(2, reader.SkippedEmptyRows);
            }
        }

        [Fact]
        public void Read_CsvRowsShorterThanTheHeader_AreReadWithTheMissingCellsBlank()
        {
            using var temp = new TempDirectory();
            var rows = CaiqFixture.Sheet(new string?[] { "LOG-02.1", "q", "Yes", "CSP-owned" }, new string?[] { "LOG-05.1", "q", "No" });
            var csv = CaiqFixture.Csv(Path.Combine(temp.Path, "v.csv"), rows, pad: false);
            using var reader = CaiqReader.Open(csv, "s");
            var answers = reader.ReadAll().Select(r => r.Answer!).ToList();
            Assert.Equal(new[] { CaiqOwnership.CspOwned, CaiqOwnership.Unspecified }, answers.Select(a => a.Ownership));
            Assert.Null(answers[1].ImplementationDescription);
        }

        [Fact]
        public void Read_WorksheetNamed_ReadsThatSheetWhateverItsName()
        {
            using var temp = new TempDirectory();
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), "回答", CaiqFixture.Sheet(Questions[0]));
            using var reader = CaiqReader.Open(path, "s", options: TableReaderOptions.Default with { WorksheetName = "回答" });
            Assert.Equal("A&A-01.1", Assert.Single(reader.ReadAll()).Answer!.QuestionId);
            Assert.Equal("回答", reader.Sheet);
        }

        [Theory]
        [InlineData("vendor-caiq.xlsx", "vendor-caiq")]
        [InlineData("dir/kintone.csv", "kintone")]
        [InlineData("電子カルテ連携基盤.xlsx", "電子カルテ連携基盤")]
        public void DefaultServiceName_IsTheFileNameWithoutItsExtension(string path, string expected) =>
            Assert.Equal(expected, CaiqReader.DefaultServiceName(path));

        [Fact]
        public void Open_WithoutServiceName_AnswersForTheFileName()
        {
            using var temp = new TempDirectory();
            var csv = CaiqFixture.Csv(Path.Combine(temp.Path, "Acme Cloud.csv"), CaiqFixture.Sheet(Questions[0]));
            using var reader = CaiqReader.Open(csv);
            Assert.Equal("Acme Cloud", Assert.Single(reader.ReadAll()).Answer!.ServiceName);
        }

        private static string[] Describe(System.Collections.Generic.IEnumerable<CaiqAnswer> answers) =>
            answers.Select(a => string.Join("|", a.ServiceName, a.QuestionId, a.Answer, a.Ownership, a.Question, a.ImplementationDescription, a.CustomerResponsibilities, a.Row)).ToArray();
    }
}
