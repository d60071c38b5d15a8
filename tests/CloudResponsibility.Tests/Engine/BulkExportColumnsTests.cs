using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>Export-ResponsibilityMatrix -Property: the columns a user picks, in the user's order, or a clear stop.</summary>
    public sealed class BulkExportColumnsTests : IDisposable
    {
        private static readonly string Inventory = Path.Combine(RepositoryPaths.Root, "module", "samples", "inventory.csv");

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Fact]
        public void Property_RowColumns_WritesTheBytesOfSelectObjectThroughExportCloudReport()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var viaPipeline = Path.Combine(directory.Path, "pipeline.csv");
            var viaBulk = Path.Combine(directory.Path, "bulk.csv");
            session.Run($"Import-CloudInventory '{Inventory}' | Get-ResponsibilityMatrix | Select-Object ServiceName, Layer, Owner | Export-CloudReport '{viaPipeline}'").WithoutErrors();
            session.Run($"Export-ResponsibilityMatrix '{Inventory}' '{viaBulk}' -Property serviceName, Layer, Owner").WithoutErrors();

            Assert.Equal(File.ReadAllBytes(viaPipeline), File.ReadAllBytes(viaBulk));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(viaBulk).Take(3));
            Assert.Equal("ServiceName,Layer,Owner", File.ReadLines(viaBulk).First());
        }

        [Fact]
        public void Property_AnInventoryColumn_WritesItsCellsWhereAsked()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "owners.csv");
            session.Run($"Export-ResponsibilityMatrix '{Inventory}' '{report}' -Property CostCenter, ServiceName, Owner").WithoutErrors();

            var lines = File.ReadAllLines(report, Encoding.UTF8);
            Assert.Equal(new[] { "CostCenter,ServiceName,Owner", "IT-100,Microsoft 365,Customer" }, lines.Take(2));
            Assert.Equal(1 + 8 * 9, lines.Length);
        }

        [Fact]
        public void Property_ANameOfNoColumn_StopsWithUnknownColumnAndKeepsTheOldReport()
        {
            using var session = new ModuleSession();
            var report = directory.Write("matrix.csv", "yesterday's report\r\n");
            var result = session.Run($"Export-ResponsibilityMatrix '{Inventory}' '{report}' -Property ServiceName, CostCentre");

            var error = Assert.Single(result.Errors);
            Assert.Equal("UnknownColumn,CloudResponsibility.PowerShell.Commands.ExportResponsibilityMatrixCommand", error.FullyQualifiedErrorId);
            Assert.Contains("'CostCentre'", error.ToString());
            Assert.Contains("CostCenter", error.ToString());
            Assert.Equal("yesterday's report\r\n", File.ReadAllText(report));
            Assert.Equal(new[] { report }, Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void Property_ANameTwice_StopsWithInvalidColumnListBeforeTouchingTheReport()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "matrix.csv");
            var result = session.Run($"Export-ResponsibilityMatrix '{Inventory}' '{report}' -Property Layer, layer");

            Assert.Equal("InvalidColumnList,CloudResponsibility.PowerShell.Commands.ExportResponsibilityMatrixCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Empty(Directory.GetFiles(directory.Path));
        }
    }
}
