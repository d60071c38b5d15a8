using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using Xunit;
using static CloudResponsibility.Tests.Xlsx.ExcelSavedWorkbook;

namespace CloudResponsibility.Tests.Xlsx
{
    /// <summary>Inventories and questionnaires read from workbooks as Excel saves them, and from the workbooks the module writes.</summary>
    public sealed class WorkbookReadingTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string JapaneseInventory(string name = "inventory.xlsx")
        {
            var book = new ExcelSavedWorkbook().Sheet("台帳");
            book.Row(1, book.Text("サービス名", "サービスメイ"), book.Text("サービスモデル"), book.Text("データ保管場所"), book.Text("個人情報"), book.Text("導入日"), book.Text("メモ"), book.Text("件数"))
                .Row(2, book.Text("kintone"), book.Text("SaaS"), book.Text("日本", "ニホン"), Boolean(true), Number("46204", DateStyle), Inline("契約更新は毎年4月"), Formula("SUM(1,2)", "3"))
                .Row(4, book.Text("Box"), book.Text("ＳａａＳ"), book.Text("US"), Number("0"), Number("46387", JapaneseDateStyle), book.Text(" padded "), Formula("A4&\"!\"", "Box!", text: true))
                .Row(5, book.Text("Bad"), book.Text("Cloud?"))
                .Row(6, book.Text("Extra"), book.Text("IaaS"), null, null, null, null, null, book.Text("stray"))
                .Row(7, book.Text(" "));
            book.Sheet("Memo").Row(1, book.Text("ServiceName"), book.Text("ServiceModel")).Row(2, book.Text("Slack"), book.Text("SaaS"));
            return book.Save(Path.Combine(directory.Path, name));
        }

        [Fact]
        public void Inventory_AsExcelSavesIt_ReadsEveryKindOfCell()
        {
            using var reader = InventoryReader.Open(JapaneseInventory());
            var results = reader.ReadAll().ToList();
            var services = results.Where(r => r.Service is not null).Select(r => r.Service!).ToList();

            Assert.Equal(new[] { "サービス名", "サービスモデル", "データ保管場所", "個人情報", "導入日", "メモ", "件数" }, reader.Headers);
            Assert.Equal(new[] { "kintone", "Box" }, services.Select(s => s.ServiceName));
            Assert.Equal(new[] { "JP" }, services[0].DataLocation);
            Assert.True(services[0].PersonalData);
            Assert.Equal(new[] { "導入日=2026-07-01", "メモ=契約更新は毎年4月", "件数=3" }, services[0].AdditionalColumns.Select(p => p.Key + "=" + p.Value));
            Assert.Equal(ServiceModel.SaaS, services[1].ServiceModel);
            Assert.False(services[1].PersonalData);
            Assert.Equal(new[] { "導入日=2026-12-31", "メモ= padded ", "件数=Box!" }, services[1].AdditionalColumns.Select(p => p.Key + "=" + p.Value));
            Assert.Equal(new long?[] { 2, 4 }, results.Where(r => r.Service is not null).Select(r => r.Row));
            // Row 3, which Excel left out, and row 7, blank but for a space, are skipped.
            Assert.Equal(2, reader.SkippedEmptyRows);
            Assert.Equal(4, reader.DataRows);
            Assert.Equal(2, reader.RowsWithErrors);
        }

        [Fact]
        public void Inventory_Errors_NameTheFileSheetRowColumnLetterAndHeader()
        {
            var path = JapaneseInventory();
            using var reader = InventoryReader.Open(path, InventoryReaderOptions.Default with { Language = Language.En });
            var errors = reader.ReadAll().Where(r => r.Error is not null).Select(r => r.Error!).ToList();

            var model = errors.Single(e => e.ErrorId == InventoryErrorId.UnknownServiceModel);
            Assert.Equal((path, 5L, "サービスモデル", "Cloud?"), (model.File, model.Row!.Value, model.Column, model.Value));
            Assert.Contains("Row 5", model.Message);
            Assert.Contains(Path.GetFileName(path), model.Message);
            Assert.EndsWith("(sheet '台帳', column B 'サービスモデル')", model.Message);
            var extra = errors.Single(e => e.ErrorId == InventoryErrorId.WrongColumnCount);
            Assert.Equal(6L, extra.Row);
            Assert.Contains("stray", extra.Message);
            Assert.EndsWith("(sheet '台帳')", extra.Message);
        }

        [Fact]
        public void Inventory_JapaneseMessages_PlaceTheErrorInJapanese()
        {
            using var reader = InventoryReader.Open(JapaneseInventory(), InventoryReaderOptions.Default with { Language = Language.Ja });
            var error = reader.ReadAll().Select(r => r.Error).First(e => e is not null)!;
            Assert.EndsWith("（シート「台帳」、B 列「サービスモデル」）", error.Message);
        }

        [Fact]
        public void Inventory_WorksheetName_ReadsThatSheetOrSaysWhichThereAre()
        {
            var path = JapaneseInventory();
            using (var reader = InventoryReader.Open(path, InventoryReaderOptions.Default with { WorksheetName = "memo" }))
                Assert.Equal(new[] { "Slack" }, reader.ReadAll().Select(r => r.Service!.ServiceName));

            using var missing = InventoryReader.Open(path, InventoryReaderOptions.Default with { WorksheetName = "Sheet9" });
            var error = Assert.Single(missing.ReadAll()).Error!;
            Assert.Equal(InventoryErrorId.WorksheetNotFound, error.ErrorId);
            Assert.Contains("'台帳', 'Memo'", error.Message);
        }

        [Theory]
        [InlineData("locked.xlsx", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "password")]
        [InlineData("broken.xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 }, "damaged")]
        [InlineData("renamed.xlsx", new byte[] { (byte)'S', (byte)'e', (byte)'r', (byte)'v', (byte)'i', (byte)'c', (byte)'e' }, "damaged")]
        public void Inventory_UnreadableWorkbook_IsOneClearErrorOfTheFile(string name, byte[] content, string said)
        {
            var path = Path.Combine(directory.Path, name);
            File.WriteAllBytes(path, content);
            using var reader = InventoryReader.Open(path);
            var error = Assert.Single(reader.ReadAll()).Error!;
            Assert.Equal(InventoryErrorId.UnreadableWorkbook, error.ErrorId);
            Assert.Equal(path, error.File);
            Assert.Contains(said, error.Message);
        }

        [Fact]
        public void Inventory_WorkbookWithoutItsExtension_IsRecognisedByItsContent()
        {
            var path = JapaneseInventory("inventory.dat");
            using var reader = InventoryReader.Open(path);
            Assert.Equal(2, reader.ReadAll().Count(r => r.Service is not null));
        }

        [Fact]
        public void Inventory_WrittenByTheModule_ReadsBackTheSameServices()
        {
            using var source = InventoryReader.Open(JapaneseInventory());
            var services = source.ReadAll().Where(r => r.Service is not null).Select(r => r.Service!).ToList();
            var path = Path.Combine(directory.Path, "again.xlsx");
            using (var session = ReportSession.Open(path, ReportFormat.Xlsx, ReportOptions.Default))
            {
                foreach (var service in services) session.Add(service, ReportColumns.Of(typeof(CloudService))!);
                session.Commit();
            }
            WorkbookCheck.AssertValid(File.ReadAllBytes(path));
            using var reader = InventoryReader.Open(path);
            var again = reader.ReadAll().Select(r => r.Service ?? throw new InvalidOperationException(r.Error?.Message)).ToList();
            Assert.Equal(services.Select(Describe), again.Select(Describe));
        }

        private static string Describe(CloudService s) =>
            string.Join("|", s.ServiceName, s.ServiceModel, s.DataLocation, s.PersonalData, string.Join(";", s.AdditionalColumns.Select(p => p.Key + "=" + p.Value)));

        [Fact]
        public void Questionnaire_FilledWorkbook_ReadsAnswersDatesAndFormulasAsExcelShowsThem()
        {
            var book = new ExcelSavedWorkbook().Sheet("Questionnaire");
            book.Row(1, book.Text("ServiceName"), book.Text("ItemId"), book.Text("回答"), book.Text("有効期限"), book.Text("CertificationName"), book.Text("備考"))
                .Row(2, book.Text("kintone"), book.Text("CHK-OP-03.1"), book.Text("はい"), Number("46477", DateStyle), book.Text("ISMAP"), Formula("\"確認済\"", "確認済", text: true))
                .Row(3, book.Text("kintone"), book.Text("DIS-01.7"), book.Text("要確認"), book.Text("2027/3/31"));
            var path = book.Save(Path.Combine(directory.Path, "answers.xlsx"));

            using var reader = QuestionnaireReader.Open(path, TableReaderOptions.Default with { Language = Language.En });
            var results = reader.ReadAll().ToList();
            var record = results[0].Record!;
            Assert.Equal((VendorAnswer.Yes, new DateTime(2027, 3, 31), "ISMAP"), (record.Answer!.Value, record.ValidUntil!.Value, record.CertificationName));
            var error = Assert.Single(results[1].Errors);
            Assert.Equal((DisclosureErrorId.UnknownAnswer, 3L, "要確認"), (error.ErrorId, error.Row!.Value, error.Value));
            Assert.EndsWith("(sheet 'Questionnaire', column C '回答')", error.Message);
        }
    }
}
