using System.IO;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Caiq
{
    public sealed class CaiqReaderErrorTests
    {
        private const string Sheet = "CAIQv4.0.3";

        /// <summary>A sheet of good and bad rows: rows 5, 9 and 11 are good; the rest each have their error(s).</summary>
        private static readonly string?[][] Mixed =
        {
            CaiqFixture.Question("A&A-01.1", "Yes", "CSP-owned"),                 // 5
            CaiqFixture.Question("CEK-03.1", "Maybe", "CSP-owned"),               // 6: answer
            CaiqFixture.Question("DSP-07.1", "Yes", "Provider"),                  // 7: ownership
            CaiqFixture.Question("IAM 2", "Partial", "Shared"),                   // 8: ID, answer and ownership
            CaiqFixture.Question("LOG-02.1", "No", "CSC-owned"),                  // 9
            CaiqFixture.Question("A&A-01.1", "No", "CSC-owned"),                  // 10: duplicate
            CaiqFixture.Question("STA-02.1", "NA", "Third-party outsourced"),    // 11
            new string?[] { null, "A note the vendor added", null, null },        // 12: no question ID
        };

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Read_BadRows_AreErrorsNamingFileSheetRowColumnAndValue_AndTheRestFlows(bool workbook)
        {
            using var temp = new TempDirectory();
            var path = workbook
                ? CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), Sheet, CaiqFixture.Sheet(Mixed))
                : CaiqFixture.Csv(Path.Combine(temp.Path, "v.csv"), CaiqFixture.Sheet(Mixed));
            using var reader = CaiqReader.Open(path, "s");
            var results = reader.ReadAll().ToList();

            Assert.Equal(new[] { 5L, 9L, 11L }, results.Where(r => r.Answer is not null).Select(r => r.Answer!.Row!.Value));
            Assert.Equal(3, reader.Answers);
            Assert.Equal(5, reader.RowsWithErrors);
            Assert.Equal(8, reader.Answers + reader.RowsWithErrors);
            var errors = results.SelectMany(r => r.Errors).ToList();
            var sheet = workbook ? Sheet : null;
            Assert.Equal(new (string, long, string, string)[]
            {
                (CaiqErrorId.UnknownCaiqAnswer, 6, "CSP CAIQ Answer", "Maybe"),
                (CaiqErrorId.UnknownCaiqOwnership, 7, "SSRM Control Ownership", "Provider"),
                (CaiqErrorId.MalformedQuestionId, 8, "Question ID", "IAM 2"),
                (CaiqErrorId.UnknownCaiqAnswer, 8, "CSP CAIQ Answer", "Partial"),
                (CaiqErrorId.UnknownCaiqOwnership, 8, "SSRM Control Ownership", "Shared"),
                (CaiqErrorId.DuplicateQuestionId, 10, "Question ID", "A&A-01.1"),
                (InventoryErrorId.MissingRequiredValue, 12, "Question ID", ""),
            }, errors.Select(e => (e.ErrorId, e.Row!.Value, e.Column!, e.Value!)));
            Assert.All(errors, e => Assert.Equal((path, sheet), (e.File!, e.Sheet)));
            Assert.Contains("'Maybe'", errors[0].Message);
            Assert.Contains("6", errors[0].Message);
            if (workbook) Assert.Contains("column C 'CSP CAIQ Answer'", errors[0].Message);
            Assert.Contains("row 5", errors[5].Message, System.StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Read_HeaderWithoutRequiredColumns_IsOneErrorPerColumnAndNothingMore()
        {
            using var temp = new TempDirectory();
            var rows = new[]
            {
                new string?[] { "title" },
                new string?[] { "Question ID", "Question", "Answer given" },
                new string?[] { "CEK-03.1", "q", "Yes" },
            };
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), Sheet, rows);
            using var reader = CaiqReader.Open(path, "s");
            var errors = Assert.Single(reader.ReadAll()).Errors;
            Assert.Equal(new[] { (InventoryErrorId.MissingRequiredColumn, 2L), (InventoryErrorId.MissingRequiredColumn, 2L) }, errors.Select(e => (e.ErrorId, e.Row!.Value)));
            Assert.Contains("'CSP CAIQ Answer'", errors[0].Message);
            Assert.Contains("'SSRM Control Ownership'", errors[1].Message);
            Assert.All(errors, e => Assert.Equal(Sheet, e.Sheet));
            Assert.Equal(0, reader.Answers);
        }

        [Fact]
        public void Read_ColumnNamedTwice_IsAnErrorOfTheHeader()
        {
            using var temp = new TempDirectory();
            var rows = new[]
            {
                new string?[] { "Question ID", "CSP CAIQ Answer", "SSRM Control Ownership", "Answer" },
                new string?[] { "CEK-03.1", "Yes", "CSP-owned", "No" },
            };
            var path = CaiqFixture.Csv(Path.Combine(temp.Path, "v.csv"), rows);
            using var reader = CaiqReader.Open(path, "s");
            var error = Assert.Single(Assert.Single(reader.ReadAll()).Errors);
            Assert.Equal((InventoryErrorId.DuplicateColumn, 1L, "Answer"), (error.ErrorId, error.Row!.Value, error.Column!));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Read_NoHeaderRow_IsOneErrorOfTheFile(bool workbook)
        {
            using var temp = new TempDirectory();
            var rows = new[] { new string?[] { "ServiceName", "ItemId", "Answer" }, new string?[] { "kintone", "CHK-01.1", "Yes" } };
            var path = workbook ? CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), "CAIQv4.1", rows) : CaiqFixture.Csv(Path.Combine(temp.Path, "v.csv"), rows);
            using var reader = CaiqReader.Open(path, "s");
            var error = Assert.Single(Assert.Single(reader.ReadAll()).Errors);
            Assert.Equal((CaiqErrorId.NoCaiqHeader, path, workbook ? "CAIQv4.1" : null), (error.ErrorId, error.File!, error.Sheet));
            Assert.Contains("'Question ID'", error.Message);
            Assert.Equal(2, reader.TitleRows);
        }

        [Fact]
        public void Read_WorkbookWithoutCaiqSheet_IsOneErrorListingItsSheets()
        {
            using var temp = new TempDirectory();
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), "Answers", CaiqFixture.Sheet(CaiqFixture.Question("CEK-03.1", "Yes", null)));
            using var reader = CaiqReader.Open(path, "s");
            var error = Assert.Single(Assert.Single(reader.ReadAll()).Errors);
            Assert.Equal(CaiqErrorId.NoCaiqSheet, error.ErrorId);
            Assert.Contains("'Introduction', 'Answers'", error.Message);
            Assert.Contains("CAIQv", error.Message);
        }

        [Fact]
        public void Read_WorksheetNamedThatIsNotThere_IsWorksheetNotFound()
        {
            using var temp = new TempDirectory();
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), Sheet, CaiqFixture.Sheet(CaiqFixture.Question("CEK-03.1", "Yes", null)));
            using var reader = CaiqReader.Open(path, "s", options: TableReaderOptions.Default with { WorksheetName = "CAIQv3" });
            Assert.Equal(InventoryErrorId.WorksheetNotFound, Assert.Single(Assert.Single(reader.ReadAll()).Errors).ErrorId);
        }

        [Fact]
        public void Read_NotAWorkbook_IsUnreadableWorkbook()
        {
            using var temp = new TempDirectory();
            var path = temp.Write("v.xlsx", "not a zip");
            using var reader = CaiqReader.Open(path, "s");
            Assert.Equal(InventoryErrorId.UnreadableWorkbook, Assert.Single(Assert.Single(reader.ReadAll()).Errors).ErrorId);
        }

        [Fact]
        public void Read_CsvCutInsideAQuotedCell_EndsWithTruncatedFile()
        {
            // A CAIQ row may be short, so a short last row is no sign; a quote the last line leaves open is.
            using var temp = new TempDirectory();
            var path = temp.Write("v.csv", "Question ID,CSP CAIQ Answer,SSRM Control Ownership\r\nCEK-03.1,Yes\r\nDSP-07.1,No,\"CSC-own");
            using var reader = CaiqReader.Open(path, "s");
            var results = reader.ReadAll().ToList();
            Assert.Equal("CEK-03.1", results[0].Answer!.QuestionId);
            var error = Assert.Single(results[1].Errors);
            Assert.Equal((InventoryErrorId.TruncatedFile, (long?)3), (error.ErrorId, error.Row));
            Assert.Equal(2, results.Count);
        }

        [Fact]
        public void Read_CsvLineWithABadQuote_IsAnErrorOfItsRowAndTheRestFlows()
        {
            using var temp = new TempDirectory();
            var path = temp.Write("v.csv", "Question ID,CSP CAIQ Answer,SSRM Control Ownership\r\nCEK-03.1,\"Yes\"x,CSP-owned\r\nDSP-07.1,No,CSC-owned\r\n");
            using var reader = CaiqReader.Open(path, "s");
            var results = reader.ReadAll().ToList();
            Assert.Equal(InventoryErrorId.UnbalancedQuote, Assert.Single(results[0].Errors).ErrorId);
            Assert.Equal("DSP-07.1", results[1].Answer!.QuestionId);
            Assert.Equal(1, reader.RowsWithErrors);
        }

        [Fact]
        public void Read_InJapanese_WritesTheMessagesInJapanese()
        {
            using var temp = new TempDirectory();
            var path = CaiqFixture.Workbook(Path.Combine(temp.Path, "v.xlsx"), Sheet, CaiqFixture.Sheet(CaiqFixture.Question("CEK-03.1", "Maybe", "Provider")));
            using var reader = CaiqReader.Open(path, "s", options: TableReaderOptions.Default with { Language = Language.Ja });
            var errors = Assert.Single(reader.ReadAll()).Errors;
            Assert.Contains("回答として読めません", errors[0].Message);
            Assert.Contains("シート「CAIQv4.0.3」", errors[0].Message);
            Assert.Contains("責任主体として読めません", errors[1].Message);
        }
    }
}
