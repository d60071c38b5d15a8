using System;
using System.Linq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    public sealed class AnswerRecordBuilderTests
    {
        private static readonly string[] English = { "ServiceName", "Vendor", "ServiceModel", "ItemId", "Answer", "Evidence", "CertificationName", "ValidUntil", "Comment" };

        [Fact]
        public void Build_JapaneseHeadersAndValues_ReadsANormalisedRecord()
        {
            var builder = new AnswerRecordBuilder(new[] { "サービス名", "事業者", "サービスモデル", "項目ID", "回答", "エビデンス", "認証名", "有効期限", "備考" }, "q.csv");
            var record = builder.Build(new[] { " kintone ", "サイボウズ", "ＳａａＳ", "ｃｈｋ－ｔｅ－０５．４", "○", "利用規約 第12条", "ISMAP", "2027/6/30", "国内のみ" }, 2).Record!;
            Assert.Equal("kintone", record.ServiceName);
            Assert.Equal("サイボウズ", record.Vendor);
            Assert.Equal(ServiceModel.SaaS, record.ServiceModel);
            Assert.Equal("CHK-TE-05.4", record.ItemId);
            Assert.Equal(VendorAnswer.Yes, record.Answer);
            Assert.Equal("利用規約 第12条", record.Evidence);
            Assert.Equal("ISMAP", record.CertificationName);
            Assert.Equal(new DateTime(2027, 6, 30), record.ValidUntil);
            Assert.Equal("国内のみ", record.Comment);
            Assert.Equal(("q.csv", 2L), (record.File, record.Row!.Value));
        }

        [Fact]
        public void Build_BlankOptionalCells_AreNullAndABlankAnswerIsNoAnswer()
        {
            var record = new AnswerRecordBuilder(English).Build(new[] { "Mail", "", "", "DIS-01.1", " ", "", "", "", "" }).Record!;
            Assert.Null(record.Answer);
            Assert.Null(record.ServiceModel);
            Assert.Null(record.Vendor);
            Assert.Null(record.ValidUntil);
        }

        [Fact]
        public void Build_BadCells_GivesEveryErrorInColumnOrderWithItsColumnAndValue()
        {
            var result = new AnswerRecordBuilder(English, "q.csv").Build(new[] { "", "", "SaaX", "", "Maybe", "", "", "6/30/2027", "" }, 7);
            Assert.Null(result.Record);
            Assert.Equal(new[] { InventoryErrorId.MissingRequiredValue, InventoryErrorId.UnknownServiceModel, InventoryErrorId.MissingRequiredValue, DisclosureErrorId.UnknownAnswer, DisclosureErrorId.InvalidDate },
                result.Errors.Select(e => e.ErrorId));
            Assert.Equal(new[] { "ServiceName", "ServiceModel", "ItemId", "Answer", "ValidUntil" }, result.Errors.Select(e => e.Column));
            var answer = result.Errors[3];
            Assert.Equal("Maybe", answer.Value);
            Assert.Equal(7, answer.Row);
            Assert.Contains("q.csv", answer.Message);
            Assert.Contains("はい/いいえ", answer.Message);
            Assert.Contains("2027/06/30", result.Errors[4].Message);
        }

        [Fact]
        public void Build_FreeTextInTheAnswerCellAlone_GivesTheRecordWithItsText_AndTheError()
        {
            var result = new AnswerRecordBuilder(new[] { "サービス名", "サービスモデル", "項目ID", "回答", "備考" }, "q.csv").Build(new[] { "Mail", "SaaS", "DIS-01.1", " Acme Corporation K.K. ", "" }, 37);
            var record = result.Record!;
            Assert.Equal(("DIS-01.1", (VendorAnswer?)null, "Acme Corporation K.K.", "回答"), (record.ItemId, record.Answer, record.AnswerText, record.AnswerHeader));
            var error = Assert.Single(result.Errors);
            Assert.Equal((DisclosureErrorId.UnknownAnswer, 37L, "回答", " Acme Corporation K.K. "), (error.ErrorId, error.Row!.Value, error.Column!, error.Value!));
        }

        [Fact]
        public void Build_FreeTextAnswerAndADateThatIsNoDate_GivesTheRecordWithBothTexts_AndBothErrors()
        {
            var result = new AnswerRecordBuilder(English, "q.csv").Build(new[] { "Mail", "", "SaaS", "DIS-01.1", "Acme", "", "", "someday", "" }, 4);
            var record = result.Record!;
            Assert.Equal(("Acme", "someday", (DateTime?)null, 4L), (record.AnswerText, record.ValidUntilText, record.ValidUntil, record.Row!.Value));
            Assert.Equal(new[] { DisclosureErrorId.UnknownAnswer, DisclosureErrorId.InvalidDate }, result.Errors.Select(e => e.ErrorId));
        }

        [Fact]
        public void Build_ValidUntilThatIsNoDate_GivesTheRecordWithItsText_AndTheError()
        {
            var result = new AnswerRecordBuilder(new[] { "サービス名", "サービスモデル", "項目ID", "回答", "有効期限" }, "q.csv").Build(new[] { "Mail", "SaaS", "CHK-OP-03.1", "はい", " not-a-date " }, 4);
            var record = result.Record!;
            Assert.Equal((VendorAnswer.Yes, (DateTime?)null, "not-a-date", "有効期限", 4L), (record.Answer!.Value, record.ValidUntil, record.ValidUntilText, record.ValidUntilHeader, record.Row!.Value));
            var error = Assert.Single(result.Errors);
            Assert.Equal((DisclosureErrorId.InvalidDate, 4L, "有効期限", " not-a-date "), (error.ErrorId, error.Row!.Value, error.Column!, error.Value!));
            Assert.Contains("Row 4 of 'q.csv', column '有効期限': ' not-a-date ' is not a date", error.Message);
        }

        [Fact]
        public void Build_ServiceModelThatIsNoModel_GivesTheRecordWithoutAModel_AndTheError()
        {
            var result = new AnswerRecordBuilder(English, "q.csv").Build(new[] { "Mail", "", "SaaX", "DIS-01.1", "Yes", "", "", "", "" }, 5);
            Assert.Equal(("DIS-01.1", (ServiceModel?)null), (result.Record!.ItemId, result.Record.ServiceModel));
            Assert.Equal((InventoryErrorId.UnknownServiceModel, "SaaX"), (Assert.Single(result.Errors).ErrorId, result.Errors[0].Value!));
        }

        [Fact]
        public void Build_RowWithoutItsServiceOrLine_GivesItsErrorsAlone_EvenWithOtherCellsUnreadable()
        {
            var noItem = new AnswerRecordBuilder(English, "q.csv").Build(new[] { "Mail", "", "SaaS", " ", "Yes", "", "", "someday", "" }, 6);
            Assert.Null(noItem.Record);
            Assert.Equal(new[] { InventoryErrorId.MissingRequiredValue, DisclosureErrorId.InvalidDate }, noItem.Errors.Select(e => e.ErrorId));
            Assert.Null(new AnswerRecordBuilder(English).Build(new[] { "", "", "SaaS", "DIS-01.1", "Yes", "", "", "", "" }).Record);
        }

        [Fact]
        public void BuildInputObject_PlacesTheRecordAndItsErrorsByPosition_NeverByAFileRow()
        {
            var builder = AnswerRecordBuilder.ForInputObject(English, 1);
            var result = builder.BuildInputObject(new[] { "Mail", "", "SaaS", "CHK-OP-03.1", "Yes", "", "", "not-a-date", "" }, 3);
            var record = result.Record!;
            Assert.Equal(((long?)null, (string?)null, 3L), (record.Row, record.File, record.InputPosition!.Value));
            var error = Assert.Single(result.Errors);
            Assert.Equal(((long?)null, 3L), (error.Row, error.InputPosition!.Value));
            Assert.StartsWith("Input object 3, column 'ValidUntil': 'not-a-date' is not a date", error.Message);
            Assert.DoesNotContain("Row", error.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.BuildInputObject(new[] { "Mail" }, 0));
        }

        [Fact]
        public void ForInputObject_WithoutRequiredProperties_NamesTheObjectAndItsProperties_InBothLanguages()
        {
            var english = AnswerRecordBuilder.ForInputObject(new[] { "ServiceName", "Vendor" }, 4).HeaderErrors;
            Assert.Equal(new[] { InventoryErrorId.MissingRequiredColumn, InventoryErrorId.MissingRequiredColumn }, english.Select(e => e.ErrorId));
            Assert.All(english, e => Assert.Equal(4L, e.InputPosition));
            Assert.StartsWith("Input object 4 has no ItemId property; give it one named 'ItemId' / '項目ID'", english[0].Message);
            Assert.DoesNotContain("file", english[0].Message);
            var japanese = AnswerRecordBuilder.ForInputObject(new[] { "ServiceName", "Vendor" }, 4, Language.Ja).HeaderErrors;
            Assert.StartsWith("4 番目の入力オブジェクトに ItemId のプロパティがありません。", japanese[0].Message);
            var twice = Assert.Single(AnswerRecordBuilder.ForInputObject(new[] { "ServiceName", "ItemId", "Answer", "回答" }, 2).HeaderErrors);
            Assert.Equal((InventoryErrorId.DuplicateColumn, "回答"), (twice.ErrorId, twice.Column!));
            Assert.StartsWith("Input object 2 names the Answer column twice, as its properties 'Answer' and '回答'", twice.Message);
        }

        [Fact]
        public void Build_AnswerRead_HasNoAnswerText()
        {
            var record = new AnswerRecordBuilder(English).Build(new[] { "Mail", "", "", "DIS-01.1", "はい", "", "", "", "" }).Record!;
            Assert.Equal((VendorAnswer.Yes, (string?)null, (string?)null), (record.Answer!.Value, record.AnswerText, record.AnswerHeader));
        }

        [Fact]
        public void Build_ErrorsInJapanese_KeepTheirIds()
        {
            var result = new AnswerRecordBuilder(English, "q.csv", language: Language.Ja).Build(new[] { "Mail", "", "", "DIS-01.1", "多分", "", "", "", "" }, 3);
            var error = Assert.Single(result.Errors);
            Assert.Equal(DisclosureErrorId.UnknownAnswer, error.ErrorId);
            Assert.Contains("回答として読めません", error.Message);
        }

        [Fact]
        public void Header_WithoutRequiredColumns_NamesEachWithItsHeaders()
        {
            var builder = new AnswerRecordBuilder(new[] { "ServiceName", "Vendor", "Comment" }, "q.csv");
            Assert.Equal(new[] { "ItemId", "Answer" }, builder.HeaderErrors.Select(e => e.Message.Contains("ItemId", StringComparison.Ordinal) ? "ItemId" : "Answer"));
            Assert.All(builder.HeaderErrors, e => Assert.Equal(InventoryErrorId.MissingRequiredColumn, e.ErrorId));
            Assert.Contains("'項目ID'", builder.HeaderErrors[0].Message);
            Assert.Throws<InvalidOperationException>(() => builder.Build(new[] { "a", "b", "c" }));
        }

        [Fact]
        public void Header_NamingTheCommentTwice_IsADuplicateColumn()
        {
            var error = Assert.Single(new AnswerRecordBuilder(new[] { "ServiceName", "ItemId", "Answer", "コメント", "備考" }).HeaderErrors);
            Assert.Equal(InventoryErrorId.DuplicateColumn, error.ErrorId);
            Assert.Equal("備考", error.Column);
        }

        [Fact]
        public void Build_ColumnsTheToolWritesItself_AreRecomputedAndOtherColumnsKeptInOrder()
        {
            var builder = new AnswerRecordBuilder(new[] { "ServiceName", "ItemId", "Question", "Answer", "Outcome", "メモ", "GapOwner", "社内メモ" });
            var record = builder.Build(new[] { "Mail", "DIS-01.1", "What is…?", "Yes", "Fail", "memo 1", "Customer", "memo 2" }).Record!;
            Assert.Equal(new[] { "メモ=memo 1", "社内メモ=memo 2" }, record.AdditionalColumns!.Select(p => p.Key + "=" + p.Value));
            Assert.Contains("Question", QuestionnaireColumnNames.Recomputed);
            Assert.Contains("GapOwner", QuestionnaireColumnNames.Recomputed);
            Assert.DoesNotContain("Answer", QuestionnaireColumnNames.Recomputed);
        }

        [Fact]
        public void ColumnNames_AreTheIssuesHeadersEnglishFirst()
        {
            Assert.Equal(new[] { "Evidence", "根拠資料", "エビデンス", "根拠" }, QuestionnaireColumnNames.GetNames(QuestionnaireColumn.Evidence));
            Assert.Equal(new[] { QuestionnaireColumn.ServiceName, QuestionnaireColumn.ItemId, QuestionnaireColumn.Answer }, QuestionnaireColumnNames.All.Where(QuestionnaireColumnNames.IsRequired));
            Assert.True(QuestionnaireColumnNames.TryGetColumn("Item ID", out var column));
            Assert.Equal(QuestionnaireColumn.ItemId, column);
            Assert.True(QuestionnaireColumnNames.TryGetColumn("ｖａｌｉｄ＿ｕｎｔｉｌ", out column));
            Assert.Equal(QuestionnaireColumn.ValidUntil, column);
        }
    }
}
