using System;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Audit;
using CloudResponsibility.Caiq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Output;
using CloudResponsibility.Resolution;
using CloudResponsibility.Tests.Caiq;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Text
{
    /// <summary>A file named .tsv is tab-separated, written and read, unless a delimiter is chosen.</summary>
    public sealed class TabSeparatedFileTests : IDisposable
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData("report.tsv", '\t')]
        [InlineData("REPORT.TSV", '\t')]
        [InlineData("/a/b.tsv", '\t')]
        [InlineData("report.csv", ',')]
        [InlineData("report.txt", ',')]
        [InlineData("report.tsv.csv", ',')]
        [InlineData("tsv", ',')]
        [InlineData(null, ',')]
        public void ForFile_Extension_DecidesTheSeparator(string? path, char expected) =>
            Assert.Equal(expected, CsvDelimiter.ForFile(path));

        [Fact]
        public void ReportSession_TsvPath_WritesTabsUnlessADelimiterIsChosen()
        {
            Assert.Equal("A\tB\r\na,b\tc\r\n", Write("plain.tsv", ReportOptions.Default));
            Assert.Equal("A;B\r\na,b;c\r\n", Write("chosen.tsv", ReportOptions.Default with { Delimiter = ';' }));
            Assert.Equal("A,B\r\n\"a,b\",c\r\n", Write("plain.csv", ReportOptions.Default));
        }

        [Fact]
        public void ReportSession_AppendToTsv_FindsTheHeaderByTabs()
        {
            var path = Path.Combine(directory.Path, "append.tsv");
            Write("append.tsv", ReportOptions.Default);
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
            {
                session.Add(new[] { "A", "B" }, new object?[] { "d", "e" });
                session.Commit();
            }
            Assert.Equal("A\tB\r\na,b\tc\r\nd\te\r\n", File.ReadAllText(path, Utf8));
        }

        [Fact]
        public void InventoryReader_TsvFile_ReadsTabSeparatedCells()
        {
            var path = Save("inventory.tsv", "ServiceName\tServiceModel\tDataLocation\r\nMail, EU\tSaaS\tJP,US\r\n");
            using var reader = InventoryReader.Open(path);
            var service = Assert.Single(reader.ReadAll()).Service!;
            Assert.Equal("Mail, EU", service.ServiceName);
            Assert.Equal(new[] { "JP", "US" }, service.DataLocation!);
            using var streamed = InventoryReader.Open(new MemoryStream(File.ReadAllBytes(path)), "piped.tsv");
            Assert.Equal("Mail, EU", Assert.Single(streamed.ReadAll()).Service!.ServiceName);
        }

        [Fact]
        public void InventoryReader_TsvFileWithAChosenDelimiter_UsesTheChosenOne()
        {
            var path = Save("semicolons.tsv", "ServiceName;ServiceModel\r\nMail\tx;SaaS\r\n");
            using var reader = InventoryReader.Open(path, InventoryReaderOptions.Default with { Delimiter = ';' });
            Assert.Equal("Mail\tx", Assert.Single(reader.ReadAll()).Service!.ServiceName);
        }

        [Fact]
        public void OtherReaders_TsvFiles_ReadTabSeparatedCells()
        {
            using (var questionnaire = QuestionnaireReader.Open(Save("answers.tsv", "ServiceName\tItemId\tAnswer\r\nMail, EU\tDIS-01.1\tYes\r\n")))
                Assert.Equal("Mail, EU", Assert.Single(questionnaire.ReadAll()).Record!.ServiceName);

            var (overrides, overrideErrors) = ContractOverrideFile.Read(Save("overrides.tsv", "ServiceName\tLayer\tOwner\tClause\r\nMail\tData\tProvider\t§4, SLA\r\n"));
            Assert.Empty(overrideErrors);
            Assert.Equal("§4, SLA", overrides.For(new Model.CloudService("Mail", Model.ServiceModel.SaaS), Model.Layer.Data)!.Clause);

            var asOf = new DateTime(2026, 1, 1);
            var (suppressions, suppressionErrors, _) = SuppressionSet.Read(Save("suppressions.tsv", "ServiceName\tRuleId\tJustification\r\nMail\tLEG-03\taccepted, by legal\r\n"), asOf);
            Assert.Empty(suppressionErrors);
            Assert.Equal("accepted, by legal", suppressions.Find("Mail", "LEG-03", asOf)!.Justification);

            var (baseline, baselineErrors) = Baseline.Read(Save("findings.tsv", "Fingerprint\tServiceName\tRuleId\tSeverity\r\nabc\tMail, EU\tQST-01\tHigh\r\n"));
            Assert.Empty(baselineErrors);
            Assert.Equal("Mail, EU", Assert.Single(baseline.Findings).ServiceName);

            var caiq = CaiqFixture.Csv(Path.Combine(directory.Path, "vendor.csv"), CaiqFixture.Sheet(CaiqFixture.Question("CEK-03.1", "Yes", "CSP-owned", "AES, 256")));
            var tsv = Save("vendor.tsv", File.ReadAllText(caiq).Replace(",", "\t").Replace("\"AES\t 256\"", "AES, 256"));
            using var caiqReader = CaiqReader.Open(tsv, "Mail");
            Assert.Equal("AES, 256", Assert.Single(caiqReader.ReadAll()).Answer!.ImplementationDescription);
        }

        private string Write(string file, ReportOptions options)
        {
            var path = Path.Combine(directory.Path, file);
            using (var session = ReportSession.Open(path, ReportFormat.Csv, options with { Encoding = Utf8 }))
            {
                session.Add(new[] { "A", "B" }, new object?[] { "a,b", "c" });
                session.Commit();
            }
            return File.ReadAllText(path, Utf8);
        }

        private string Save(string file, string text)
        {
            var path = Path.Combine(directory.Path, file);
            File.WriteAllText(path, text, Utf8);
            return path;
        }
    }
}
