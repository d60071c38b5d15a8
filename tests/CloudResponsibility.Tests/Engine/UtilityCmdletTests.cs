using System;
using System.IO;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// The module's objects with the cmdlets every pwsh user has (Import-Csv, Export-Csv,
    /// Select-Object, Group-Object), the real ones from Microsoft.PowerShell.Utility: services from
    /// Import-Csv join as Import-CloudInventory's do, and the module's rows and reports read back.
    /// </summary>
    public sealed class UtilityCmdletTests : IDisposable
    {
        private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "module", "samples");
        private static readonly string Inventory = Path.Combine(Sample, "inventory.csv");
        private static readonly string Overrides = Path.Combine(Sample, "contract-overrides.csv");

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Fact]
        public void GetResponsibilityMatrix_ImportCsvRows_GivesTheRowsOfImportCloudInventory()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var matrix = $"Get-ResponsibilityMatrix -OverridePath '{Overrides}'";
            var fromImportCsv = session.Run($"Import-Csv '{Inventory}' | {matrix}").WithoutErrors().Of<ServiceResponsibility>();
            var fromModule = session.Run($"Import-CloudInventory '{Inventory}' | {matrix}").WithoutErrors().Of<ServiceResponsibility>();

            Assert.Equal(72, fromImportCsv.Count);
            Assert.Equal(fromModule.Select(Describe), fromImportCsv.Select(Describe));
            // Both kinds of override reach the rows: the inventory's own column and the override file.
            Assert.Contains(fromImportCsv, r => r.ServiceName == "kintone" && r.Layer == Layer.AccountsAndAccess && r.IsOverridden && r.Clause == "利用規約 第8条");
            Assert.Contains(fromImportCsv, r => r.ServiceName == "Salesforce Sales Cloud" && r.Layer == Layer.Data && r.IsOverridden);
        }

        [Fact]
        public void GetLegalConsideration_ImportCsvRows_GivesTheFindingsOfImportCloudInventory()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var fromImportCsv = session.Run($"Import-Csv '{Inventory}' | Get-LegalConsideration").WithoutErrors().Of<ServiceLegalFinding>();
            var fromModule = session.Run($"Import-CloudInventory '{Inventory}' | Get-LegalConsideration").WithoutErrors().Of<ServiceLegalFinding>();

            Assert.NotEmpty(fromImportCsv);
            Assert.Equal(fromModule.Select(f => f.ToString()), fromImportCsv.Select(f => f.ToString()));
        }

        [Fact]
        public void ExportCsv_MatrixRows_ImportCsvReadsBackEveryRowWithTheInventorysColumns()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var file = Path.Combine(directory.Path, "matrix.csv");
            var rows = session.Run(
                $"Import-CloudInventory '{Inventory}' | Get-ResponsibilityMatrix | Export-Csv '{file}' -NoTypeInformation -Encoding utf8BOM; " +
                $"Import-Csv '{file}'").WithoutErrors();

            Assert.Equal(72, rows.Output.Count);
            Assert.Equal("Microsoft 365", rows.Property("ServiceName")[0]);
            Assert.Equal("Data", rows.Property("Layer")[0]);
            Assert.Equal("情報システム部 佐藤", rows.Property("ServiceOwner")[0]);
            // The inventory's own columns, which Export-Csv cannot spread into columns, print as name=value pairs.
            Assert.Equal("CostCenter=IT-100;ContractEnd=2027-03-31", rows.Property("AdditionalColumns")[0]);
        }

        [Fact]
        public void ImportCsv_ExportCloudReportFile_ReadsTheSameCellsAsTheRows()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var file = Path.Combine(directory.Path, "report.csv");
            var result = session.Run(
                $"$rows = @(Import-CloudInventory '{Inventory}' | Get-ResponsibilityMatrix -Language ja); " +
                $"$rows | Export-CloudReport '{file}'; " +
                "$read = @(Import-Csv -LiteralPath '" + file + "'); " +
                "$read.Count; " +
                "@(for ($i = 0; $i -lt $rows.Count; $i++) { " +
                "  if ($read[$i].ServiceName -ne $rows[$i].ServiceName -or $read[$i].CustomerDuty -ne $rows[$i].CustomerDuty -or " +
                "      $read[$i].Owner -ne [string]$rows[$i].Owner -or $read[$i].CostCenter -ne $rows[$i].Service.CostCenter) { $i } }).Count; " +
                "$read[0].LayerName").WithoutErrors();

            // Every row read back, with its duties (long Japanese text with commas), owner and the
            // inventory's own columns as the objects had them.
            Assert.Equal(new object[] { 72, 0, "データ" }, result.Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void SelectObject_Services_ShowsTheInventorysOwnColumnsAsProperties()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var result = session.Run($"Import-CloudInventory '{Inventory}' | Select-Object ServiceName, CostCenter, ContractEnd -First 2").WithoutErrors();

            Assert.Equal(new object?[] { "Microsoft 365", "Salesforce Sales Cloud" }, result.Property("ServiceName"));
            Assert.Equal(new object?[] { "IT-100", "SL-200" }, result.Property("CostCenter"));
            Assert.Equal(new object?[] { "2027-03-31", "2026-12-31" }, result.Property("ContractEnd"));
        }

        [Fact]
        public void GroupObject_MatrixRows_GivesNineLayersPerService()
        {
            using var session = new ModuleSession().WithUtilityCmdlets();
            var result = session.Run($"Import-CloudInventory '{Inventory}' | Get-ResponsibilityMatrix | Group-Object ServiceName | ForEach-Object {{ $_.Count }}").WithoutErrors();

            Assert.Equal(Enumerable.Repeat((object)9, 8), result.Output.Select(o => o.BaseObject));
        }

        private static string Describe(ServiceResponsibility row) => $"{row.ServiceName}|{row.Layer}|{row.Owner}|{row.IsOverridden}|{row.Clause}";
    }
}
