using System.IO;
using System.IO.Compression;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    /// <summary>A workbook's own errors and the words that place an error in a worksheet: the same ID in both languages, a message in each.</summary>
    public sealed class WorkbookErrorsTests
    {
        private static readonly RowLocation At = new RowLocation("inventory.xlsx", null, null);

        public static TheoryData<string, string, string> Errors() => new TheoryData<string, string, string>
        {
            { InventoryErrorId.UnreadableWorkbook, WorkbookErrors.Encrypted(Language.En, At).Message, WorkbookErrors.Encrypted(Language.Ja, At).Message },
            { InventoryErrorId.UnreadableWorkbook, WorkbookErrors.Corrupt(Language.En, At, "detail").Message, WorkbookErrors.Corrupt(Language.Ja, At, "detail").Message },
            { InventoryErrorId.WorksheetNotFound, WorkbookErrors.SheetNotFound(Language.En, At, "Sheet9", "'A'").Message, WorkbookErrors.SheetNotFound(Language.Ja, At, "Sheet9", "'A'").Message },
            { "place", WorkbookErrors.CellPlace(Language.En, "台帳", "B", "Model"), WorkbookErrors.CellPlace(Language.Ja, "台帳", "B", "Model") },
            { "place", WorkbookErrors.SheetPlace(Language.En, "Sheet1"), WorkbookErrors.SheetPlace(Language.Ja, "Sheet1") },
        };

        [Theory]
        [MemberData(nameof(Errors))]
        public void Message_SpeaksBothLanguagesAndNamesTheFile(string id, string english, string japanese)
        {
            Assert.NotEqual(english, japanese);
            Assert.Contains(japanese, c => (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF'));
            if (id != "place") Assert.Contains("inventory.xlsx", english);
            if (id != "place") Assert.Contains("inventory.xlsx", japanese);
        }

        [Theory]
        [InlineData(Language.En, "the part xl/workbook.xml is missing")]
        [InlineData(Language.Ja, "パーツ xl/workbook.xml がありません")]
        public void PackageWithoutItsWorkbookPart_SaysWhichPartIsMissing_InTheReadersLanguage(Language language, string saying)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "inventory.xlsx");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create)) zip.CreateEntry("docProps/app.xml");
            using var reader = InventoryReader.Open(path, InventoryReaderOptions.Default with { Language = language });
            Assert.True(reader.Read());
            var error = reader.Current!.Error!;
            Assert.Equal(InventoryErrorId.UnreadableWorkbook, error.ErrorId);
            // Japanese prose takes the full-width parentheses.
            Assert.Contains(language == Language.Ja ? $"（{saying}）" : $"({saying})", error.Message);
        }

        [Fact]
        public void Factories_KeepTheirIds()
        {
            Assert.Equal(InventoryErrorId.UnreadableWorkbook, WorkbookErrors.Encrypted(Language.Ja, At).ErrorId);
            Assert.Equal(InventoryErrorId.UnreadableWorkbook, WorkbookErrors.Corrupt(Language.Ja, At, "x").ErrorId);
            Assert.Equal(InventoryErrorId.WorksheetNotFound, WorkbookErrors.SheetNotFound(Language.Ja, At, "x", "y").ErrorId);
        }
    }
}
