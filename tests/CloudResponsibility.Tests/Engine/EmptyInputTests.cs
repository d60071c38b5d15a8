using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// A scheduled job whose input vanished or is empty must not erase yesterday's report: with no
    /// rows, an existing report is left as it was and a warning says so; an inventory file without a
    /// service row stops Export-ResponsibilityMatrix (InventoryEmpty), which then writes no report at
    /// all; a pattern that matches no file is PathNotFound.
    /// </summary>
    public sealed class EmptyInputTests : IDisposable
    {
        private const string OldReport = "yesterday's report\r\n";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

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
            Assert.StartsWith("InventoryEmpty,", error.FullyQualifiedErrorId);
            Assert.Equal(inventory, error.TargetObject);
            Assert.Equal(OldReport, File.ReadAllText(report));
            Assert.StartsWith("InventoryEmpty,", Assert.Single(session.Run($"Export-ResponsibilityMatrix '{inventory}' '{fresh}'").Errors).FullyQualifiedErrorId);
            Assert.Equal(new[] { "inventory.csv", "matrix.csv" }, Directory.GetFiles(directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void ExportCloudReport_NoObjects_LeavesTheReportAndWarns()
        {
            using var session = new ModuleSession();
            var report = directory.Write("report.csv", OldReport);
            var result = session.Run($"@() | Export-CloudReport '{report}'").WithoutErrors();
            Assert.Equal(OldReport, File.ReadAllText(report));
            Assert.Contains(result.Warnings, w => w.Contains(report));
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
