using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// What a report says when there is nothing to put in it. A run with no rows replaces the last
    /// report with the format's empty one, so that last night's findings are never read as
    /// tonight's; an inventory that gives no row at all is a failed export rather than nothing to
    /// report, and stops the bulk export with the old report as it was; appending nothing leaves
    /// the file untouched; a pattern that matches no file is PathNotFound.
    /// </summary>
    public sealed class EmptyInputTests : IDisposable
    {
        private const string OldReport = "yesterday's report\r\n";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string[] FileNames() => Directory.GetFiles(directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        [Theory]
        [InlineData("")]
        [InlineData("\uFEFF")]
        [InlineData("\r\n\r\n  \r\n")]
        [InlineData("ServiceName,ServiceModel\r\n")]
        public void ExportResponsibilityMatrix_NoServiceRows_StopsWithInventoryEmptyAndLeavesTheReport(string inventoryText)
        {
            using var session = new ModuleSession();
            var inventory = directory.Write("inventory.csv", inventoryText);
            var report = directory.Write("matrix.csv", OldReport);
            var fresh = Path.Combine(directory.Path, "fresh.csv");
            var result = session.Run($"Export-ResponsibilityMatrix '{inventory}' '{report}'");
            var error = Assert.Single(result.Errors);
            Assert.Equal("InventoryEmpty,CloudResponsibility.PowerShell.Commands.ExportResponsibilityMatrixCommand", error.FullyQualifiedErrorId);
            Assert.Equal(inventory, error.TargetObject);
            Assert.Empty(result.Warnings);
            Assert.Equal(OldReport, File.ReadAllText(report));
            Assert.StartsWith("InventoryEmpty,", Assert.Single(session.Run($"Export-ResponsibilityMatrix '{inventory}' '{fresh}'").Errors).FullyQualifiedErrorId);
            Assert.Equal(new[] { "inventory.csv", "matrix.csv" }, FileNames());
        }

        [Fact]
        public void ExportResponsibilityMatrix_EveryRowUnreadable_WritesTheEmptyMatrix_WithTheRowsErrors()
        {
            // Rows were there and were read: their errors say what is wrong, and the report holds what could be resolved, here nothing.
            using var session = new ModuleSession();
            var inventory = directory.Write("inventory.csv", "ServiceName,ServiceModel\r\nkintone,SaaX\r\n");
            var report = directory.Write("matrix.csv", OldReport);
            var result = session.Run($"Export-ResponsibilityMatrix '{inventory}' '{report}'");
            Assert.StartsWith("UnknownServiceModel,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(report));
        }

        [Fact]
        public void ExportCloudReport_NoObjects_ReplacesTheReportWithAnEmptyOne_WithoutAWarning()
        {
            using var session = new ModuleSession();
            var report = directory.Write("report.csv", OldReport);
            var result = session.Run($"@() | Export-CloudReport '{report}' -Verbose").WithoutErrors();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(report));
            Assert.Empty(result.Warnings);
            Assert.Contains(result.Verbose, v => v.Contains("Wrote 0 row(s)") && v.Contains(report));
            Assert.Equal(new[] { "report.csv" }, FileNames());
        }

        [Fact]
        public void ExportCloudReport_NoObjectsToAppend_LeavesTheFileUntouched_ItsTimeToo()
        {
            using var session = new ModuleSession();
            const string log = "\uFEFFServiceName,RuleId\r\nkintone,LEG-01\r\n";
            var report = directory.Write("log.csv", log);
            var bytes = File.ReadAllBytes(report);
            var lastNight = new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(report, lastNight);
            var result = session.Run($"@() | Export-CloudReport '{report}' -Append -Verbose").WithoutErrors();
            Assert.Equal(bytes, File.ReadAllBytes(report));
            Assert.Equal(lastNight, File.GetLastWriteTimeUtc(report));
            Assert.Empty(result.Warnings);
            Assert.Contains(result.Verbose, v => v.Contains("no rows to append") && v.Contains(report));
            Assert.Equal(new[] { "log.csv" }, FileNames());
        }

        [Fact]
        public void ExportCloudReport_NoObjectsAndNoReport_StillWritesTheFile()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "new.csv");
            session.Run($"@() | Export-CloudReport '{report}'").WithoutErrors();
            Assert.True(File.Exists(report));
        }

        [Fact]
        public void ExportCloudReport_NoFindings_WritesThePageInTheCmdletsLanguage()
        {
            // No finding says which language the report is in: -Language (or $PSUICulture) does.
            using var session = new ModuleSession();
            var english = Path.Combine(directory.Path, "audit.md");
            var japanese = Path.Combine(directory.Path, "audit-ja.md");
            session.Run($"@() | Export-CloudReport '{english}'; @() | Export-CloudReport '{japanese}' -Language ja").WithoutErrors();
            Assert.StartsWith("# Cloud audit findings\n\nNothing to report", File.ReadAllText(english));
            Assert.StartsWith("# クラウド監査の指摘\n\n報告する内容はありません。", File.ReadAllText(japanese));
        }

        [Fact]
        public void WildcardMatchingNoFile_IsPathNotFound()
        {
            using var session = new ModuleSession();
            var pattern = Path.Combine(directory.Path, "nothing*.csv");
            var report = directory.Write("matrix.csv", OldReport);
            var import = session.Run($"Import-CloudInventory '{pattern}'");
            var export = session.Run($"Export-ResponsibilityMatrix '{pattern}' '{report}'");
            Assert.StartsWith("PathNotFound,", Assert.Single(import.Errors).FullyQualifiedErrorId);
            Assert.StartsWith("PathNotFound,", Assert.Single(export.Errors).FullyQualifiedErrorId);
            Assert.Equal(OldReport, File.ReadAllText(report));
        }
    }
}
