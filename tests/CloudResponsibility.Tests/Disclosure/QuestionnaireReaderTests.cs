using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    public sealed class QuestionnaireReaderTests
    {
        public static string Fixture(string name) => RepositoryPaths.Fixture("Questionnaire", name);

        [Fact]
        public void Read_JapaneseExcelSave_ReadsCp932AndEveryRowAsARecordOrItsErrors()
        {
            using var reader = QuestionnaireReader.Open(Fixture("excel-ja-cp932.csv"));
            var results = reader.ReadAll().ToList();
            Assert.Equal(932, reader.Encoding!.CodePage);
            Assert.Equal(18, reader.DataRows);
            // Row 16 answers '要確認' (to be checked), row 17's date is '来年3月' (March next year): each a record and its error.
            Assert.Equal(18, reader.Records);
            Assert.Equal(0, reader.RowsWithErrors);
            Assert.Equal(2, reader.RecordsWithErrors);
            Assert.Equal(1, reader.SkippedEmptyRows);
            Assert.Equal(reader.DataRows, reader.Records + reader.RowsWithErrors);

            var records = results.Where(r => r.Record is not null).Select(r => r.Record!).ToList();
            Assert.Equal(new[] { VendorAnswer.Yes, VendorAnswer.Yes, VendorAnswer.No, VendorAnswer.NotApplicable }, records.Take(4).Select(r => r.Answer!.Value));
            var certification = records.Single(r => r.ItemId == "CHK-OP-03.1");
            Assert.Equal(11, certification.Row);
            Assert.Equal(new System.DateTime(2027, 3, 31), certification.ValidUntil);
            Assert.Equal("ISMS（JIS Q 27001）、ISMAP", certification.CertificationName);
            Assert.Equal("メモ=登録証の写しを受領済み", Assert.Single(certification.AdditionalColumns!).Key + "=" + certification.AdditionalColumns![0].Value);
            Assert.Equal(new System.DateTime(2026, 3, 31), records.Single(r => r.ItemId == "DIS-01.7").ValidUntil);

            var errors = results.SelectMany(r => r.Errors).ToList();
            Assert.Equal(new[] { (DisclosureErrorId.UnknownAnswer, 16L, "要確認"), (DisclosureErrorId.InvalidDate, 17L, "来年3月") },
                errors.Select(e => (e.ErrorId, e.Row!.Value, e.Value!)));
            Assert.All(errors, e => Assert.Equal(Fixture("excel-ja-cp932.csv"), e.File));
            var unreadable = records.Single(r => r.Row == 16);
            Assert.Equal(("DIS-04.1", null, "要確認", "Answer"), (unreadable.ItemId, unreadable.Answer, unreadable.AnswerText, unreadable.AnswerHeader));
            var undated = results.Single(r => r.Errors.Any(e => e.Row == 17)).Record!;
            Assert.Equal(("DIS-04.2", VendorAnswer.Yes, "来年3月", "ValidUntil", 17L), (undated.ItemId, undated.Answer!.Value, undated.ValidUntilText, undated.ValidUntilHeader, undated.Row!.Value));
        }

        [Fact]
        public void Read_JapaneseHeadersAndFullWidthValues_ReadsThem()
        {
            using var reader = QuestionnaireReader.Open(Fixture("japanese-headers.csv"));
            var records = reader.ReadAll().Select(r => r.Record!).ToList();
            Assert.Equal(new[] { "CHK-TE-04.1", "CHK-OP-03.1", "DIS-01.6", "CHK-TE-05.3" }, records.Select(r => r.ItemId));
            Assert.Equal(VendorAnswer.Yes, records[0].Answer);
            Assert.Equal(ServiceModel.SaaS, records[0].ServiceModel);
            Assert.Equal("直販のみ", records[2].Comment);
            Assert.Equal(VendorAnswer.NotApplicable, records[3].Answer);
        }

        [Fact]
        public void Read_HeaderWithoutAnAnswerColumn_ReportsItOnceAndEndsTheFile()
        {
            using var reader = QuestionnaireReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("ServiceName,ItemId\nMail,DIS-01.1\n")), "q.csv");
            var results = reader.ReadAll().ToList();
            var error = Assert.Single(Assert.Single(results).Errors);
            Assert.Equal(InventoryErrorId.MissingRequiredColumn, error.ErrorId);
            Assert.Equal(0, reader.DataRows);
        }

        [Fact]
        public void Read_FileCutOffInItsLastRow_EndsWithTruncatedFile()
        {
            var text = "ServiceName,ServiceModel,ItemId,Answer\nMail,SaaS,DIS-01.1,Yes\nMail,SaaS,DIS-0";
            using var reader = QuestionnaireReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "q.csv");
            var results = reader.ReadAll().ToList();
            Assert.Equal("DIS-01.1", results[0].Record!.ItemId);
            Assert.Equal(InventoryErrorId.TruncatedFile, Assert.Single(results[1].Errors).ErrorId);
            Assert.Equal(2, results.Count);
        }

        [Fact]
        public void Read_RowWithTooManyCellsOrAnOpenQuote_IsARowWithErrorsAndTheRestIsRead()
        {
            var text = "ServiceName,ServiceModel,ItemId,Answer\nMail,SaaS,DIS-01.1,Yes,extra\nMail,SaaS,\"DIS-01.2,Yes\nMail,SaaS,DIS-01.3,No\n";
            using var reader = QuestionnaireReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "q.csv");
            var results = reader.ReadAll().ToList();
            Assert.Equal(new[] { InventoryErrorId.WrongColumnCount, InventoryErrorId.UnbalancedQuote }, results.Take(2).Select(r => Assert.Single(r.Errors).ErrorId));
            Assert.Equal("DIS-01.3", results[2].Record!.ItemId);
            Assert.Equal((3L, 1L, 2L), (reader.DataRows, reader.Records, reader.RowsWithErrors));
        }
    }
}
