using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>Export-CloudReport as a user runs it: formats, Excel-friendly CSV, safety of the destination.</summary>
    public sealed class ExportCloudReportTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string PathOf(string name) => Path.Combine(directory.Path, name);

        [Fact]
        public void ExportCloudReport_CatalogObjects_WritesUtf8BomCsvWithCrlfAndListsJoined()
        {
            using var session = new ModuleSession();
            session.Run($"Get-CloudThreat -Language ja | Export-CloudReport '{PathOf("threats.csv")}'").WithoutErrors();
            var bytes = File.ReadAllBytes(PathOf("threats.csv"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            var lines = text.Split("\r\n");
            Assert.StartsWith("Id,Name,Description,Source,Language,", lines[0]);
            Assert.Equal(7, lines.Length); // header, five threats, and the empty string after the last CRLF
            Assert.Contains("CTL-", lines[1]);
            Assert.DoesNotContain("System.", text);
        }

        [Fact]
        public void ExportCloudReport_FormulaLookingCells_AreNeutralisedUnlessTurnedOff()
        {
            using var session = new ModuleSession();
            const string rows = "[pscustomobject]@{ A = '=1+2'; B = '@SUM(A1)'; C = -5 }";
            session.Run($"{rows} | Export-CloudReport '{PathOf("safe.csv")}'").WithoutErrors();
            session.Run($"{rows} | Export-CloudReport '{PathOf("raw.csv")}' -NoFormulaProtection").WithoutErrors();
            Assert.Equal("A,B,C\r\n\"'=1+2\",\"'@SUM(A1)\",-5\r\n", File.ReadAllText(PathOf("safe.csv")).TrimStart('\uFEFF'));
            Assert.Equal("A,B,C\r\n=1+2,@SUM(A1),-5\r\n", File.ReadAllText(PathOf("raw.csv")).TrimStart('\uFEFF'));
        }

        [Fact]
        public void ExportCloudReport_JsonExtension_WritesAJsonArray()
        {
            using var session = new ModuleSession();
            session.Run($"Get-ProviderControl CTL-T-0[12] | Export-CloudReport '{PathOf("controls.json")}'").WithoutErrors();
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(PathOf("controls.json")));
            Assert.Equal(2, document.RootElement.GetArrayLength());
            Assert.Equal("CTL-T-01", document.RootElement[0].GetProperty("Id").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Array, document.RootElement[0].GetProperty("ThreatIds").ValueKind);
        }

        [Fact]
        public void ExportCloudReport_SameInputTwice_WritesByteIdenticalFiles()
        {
            using var session = new ModuleSession();
            session.Run($"Get-ResponsibilityMatrix | Export-CloudReport '{PathOf("a.csv")}'; Get-ResponsibilityMatrix | Export-CloudReport '{PathOf("b.csv")}'").WithoutErrors();
            Assert.Equal(File.ReadAllBytes(PathOf("a.csv")), File.ReadAllBytes(PathOf("b.csv")));
        }

        [Fact]
        public void ExportCloudReport_PathOrLiteralPath_TakesTheNameAsWrittenWithoutWildcards()
        {
            using var session = new ModuleSession();
            session.Run($"Get-CloudThreat TH-01 | Export-CloudReport -LiteralPath '{PathOf("[a].csv")}'; Get-CloudThreat TH-02 | Export-CloudReport '{PathOf("b[1].csv")}'").WithoutErrors();
            Assert.Equal(new[] { "[a].csv", "b[1].csv" }, Directory.GetFiles(directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void ExportCloudReport_AnObjectChangedAfterItWasPassedOn_IsWrittenAsItWasPassed()
        {
            using var session = new ModuleSession();
            session.Run($"$b = [UriBuilder]::new('http://a.example'); & {{ foreach ($h in 'a.example', 'b.example') {{ $b.Host = $h; $b }} }} | Export-CloudReport '{PathOf("hosts.csv")}'").WithoutErrors();
            var lines = File.ReadAllLines(PathOf("hosts.csv"));
            Assert.Contains("a.example", lines[1]);
            Assert.Contains("b.example", lines[2]);
        }

        [Fact]
        public void ExportCloudReport_NoClobberOnExistingFile_FailsAndKeepsTheFile()
        {
            using var session = new ModuleSession();
            File.WriteAllText(PathOf("keep.csv"), "old");
            var result = session.Run($"Get-CloudThreat | Export-CloudReport '{PathOf("keep.csv")}' -NoClobber");
            Assert.Equal("FileExists,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal("old", File.ReadAllText(PathOf("keep.csv")));
        }

        [Fact]
        public void ExportCloudReport_WhatIf_WritesNothing()
        {
            using var session = new ModuleSession();
            session.Run($"Get-CloudThreat | Export-CloudReport '{PathOf("none.csv")}' -WhatIf").WithoutErrors();
            Assert.False(File.Exists(PathOf("none.csv")));
            Assert.Empty(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void ExportCloudReport_FailureMidway_LeavesTheOldFileIntactAndNoTemporaryFile()
        {
            using var session = new ModuleSession();
            File.WriteAllText(PathOf("report.csv"), "previous report");
            var failure = Assert.ThrowsAny<System.Management.Automation.RuntimeException>(() =>
                session.Run($"& {{ Get-CloudThreat; throw 'upstream failed' }} | Export-CloudReport '{PathOf("report.csv")}'"));
            Assert.Equal("upstream failed", failure.Message);
            Assert.Equal("previous report", File.ReadAllText(PathOf("report.csv")));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void ExportCloudReport_Append_AddsRowsUnderTheExistingHeaderAndRejectsOtherColumns()
        {
            using var session = new ModuleSession();
            session.Run($"Get-CloudThreat TH-01 | Export-CloudReport '{PathOf("log.csv")}'; Get-CloudThreat TH-02 | Export-CloudReport '{PathOf("log.csv")}' -Append").WithoutErrors();
            var lines = File.ReadAllLines(PathOf("log.csv"));
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("TH-02,", lines[2]);
            var mismatch = session.Run($"Get-ProviderControl CTL-T-01 | Export-CloudReport '{PathOf("log.csv")}' -Append");
            Assert.Equal("AppendHeaderMismatch,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand", Assert.Single(mismatch.Errors).FullyQualifiedErrorId);
            Assert.Equal(3, File.ReadAllLines(PathOf("log.csv")).Length);
        }

        [Fact]
        public void ExportCloudReport_ShiftJisEncoding_WritesCp932()
        {
            using var session = new ModuleSession();
            session.Run($"[pscustomobject]@{{ 名前 = '責任共有' }} | Export-CloudReport '{PathOf("sjis.csv")}' -Encoding shift_jis").WithoutErrors();
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Assert.Equal("名前\r\n責任共有\r\n", Encoding.GetEncoding(932).GetString(File.ReadAllBytes(PathOf("sjis.csv"))));
        }

        [Fact]
        public void ExportCloudReport_MixedObjects_WarnsAboutPropertiesThatAreNotColumns()
        {
            using var session = new ModuleSession();
            var result = session.Run($"@([pscustomobject]@{{ A = 1 }}, [pscustomobject]@{{ A = 2; B = 3 }}) | Export-CloudReport '{PathOf("mixed.csv")}'").WithoutErrors();
            Assert.Contains(result.Warnings, w => w.Contains("B"));
            Assert.Equal("A\r\n1\r\n2\r\n", File.ReadAllText(PathOf("mixed.csv")).TrimStart('\uFEFF'));
        }

        [Fact]
        public void ExportCloudReport_QuoteAsDelimiter_FailsWithInvalidDelimiterAndWritesNothing()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Get-CloudThreat | Export-CloudReport '{PathOf("bad.csv")}' -Delimiter '\"'");
            Assert.Equal("InvalidDelimiter,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Empty(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void ExportCloudReport_UnknownExtension_FailsWithUnknownReportFormat()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Get-CloudThreat | Export-CloudReport '{PathOf("threats.ods")}'");
            Assert.Equal("UnknownReportFormat,CloudResponsibility.PowerShell.Commands.ExportCloudReportCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }
    }
}
