using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Caiq
{
    /// <summary>
    /// The sample CAIQ shipped in module/samples/caiq: the CSV save (written by
    /// Fixtures/Caiq/make_sample.py) is the source; the workbook must be that sheet laid out as CSA
    /// ships it. With CR_WRITE_CAIQ_SAMPLE=1 this test writes the workbook again from the CSV.
    /// </summary>
    public sealed class CaiqSampleTests
    {
        private static string Sample(string extension) => Path.Combine(RepositoryPaths.Root, "module", "samples", "caiq", "ehr-platform-caiq" + extension);

        [Fact]
        public void ShippedSample_WorkbookHoldsTheCsvSavesRows_AndEveryValueOccurs()
        {
            using var temp = new TempDirectory();
            var built = CaiqFixture.Workbook(Path.Combine(temp.Path, "built.xlsx"), "CAIQv4.0.3", RawRows(Sample(".csv")));
            if (Environment.GetEnvironmentVariable("CR_WRITE_CAIQ_SAMPLE") == "1") File.Copy(built, Sample(".xlsx"), overwrite: true);

            var fromCsv = Read(Sample(".csv"));
            var fromWorkbook = Read(Sample(".xlsx"));
            var fromBuilt = Read(built);
            Assert.Equal(fromCsv, fromWorkbook);
            Assert.Equal(fromCsv, fromBuilt);

            using var reader = CaiqReader.Open(Sample(".xlsx"), "電子カルテ連携基盤");
            var answers = reader.ReadAll().Select(r => r.Answer ?? throw new InvalidOperationException(r.Errors[0].Message)).ToList();
            Assert.Equal("CAIQv4.0.3", reader.Sheet);
            Assert.InRange(answers.Count, 40, 80);
            Assert.Equal(Enum.GetValues(typeof(CaiqAnswerValue)).Cast<CaiqAnswerValue>().OrderBy(v => v), answers.Select(a => a.Answer).Distinct().OrderBy(v => v));
            Assert.Equal(Enum.GetValues(typeof(CaiqOwnership)).Cast<CaiqOwnership>().OrderBy(v => v), answers.Select(a => a.Ownership).Distinct().OrderBy(v => v));
            Assert.True(answers.Select(a => a.Domain).Distinct().Count() >= 15);
            Assert.Contains(answers, a => a.ImplementationDescription is { } text && text.Any(c => c >= '\u3040' && c <= '\u30FF'));
            Assert.Contains(answers, a => a.ImplementationDescription is { } text && text.All(c => c < 128));
        }

        [Fact]
        public void ShippedSample_ServiceIsInTheSampleInventory()
        {
            using var inventory = InventoryReader.Open(Path.Combine(RepositoryPaths.Root, "module", "samples", "inventory.csv"));
            var services = new List<string>();
            while (inventory.Read())
                if (inventory.Current!.Service is { } service) services.Add(service.ServiceName);
            Assert.Contains("電子カルテ連携基盤", services);
        }

        private static string[] Read(string path)
        {
            using var reader = CaiqReader.Open(path, "s");
            return reader.ReadAll().Select(r => r.Answer is { } a
                ? string.Join("|", a.QuestionId, a.Answer, a.Ownership, a.Question, a.ImplementationDescription, a.CustomerResponsibilities, a.Row)
                : string.Join("|", r.Errors.Select(e => e.Message))).ToArray();
        }

        /// <summary>The CSV file's rows as they are, blank ones as null.</summary>
        private static List<string?[]> RawRows(string csv)
        {
            var rows = new List<string?[]>();
            using var source = CaiqCsvRows.Open(csv, TableReaderOptions.Default);
            while (source.Read())
            {
                var cells = Enumerable.Range(0, source.Width).Select(i => string.IsNullOrEmpty(source.Cell(i)) ? null : source.Cell(i)).ToArray();
                rows.Add(cells.All(c => c is null) ? null! : cells);
            }
            return rows;
        }
    }
}
