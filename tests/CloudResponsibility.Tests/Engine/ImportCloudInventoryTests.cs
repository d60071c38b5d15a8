using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>Import-CloudInventory and the pipelines that start with it, run as a user runs them.</summary>
    public sealed class ImportCloudInventoryTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private static string Fixture(string name) => RepositoryPaths.Fixture("Inventory", name);

        [Fact]
        public void ImportCloudInventory_Cp932WithJapaneseHeaders_NormalisesEveryValue()
        {
            using var session = new ModuleSession();
            var services = session.Run($"Import-CloudInventory '{Fixture("cp932-japanese.csv")}'").WithoutErrors().Of<CloudService>();
            Assert.Equal(4, services.Count);
            var first = services[0];
            Assert.Equal(("経費精算", ServiceModel.SaaS, DeploymentModel.Public), (first.ServiceName, first.ServiceModel, first.DeploymentModel));
            Assert.Equal(new[] { "JP" }, first.DataLocation);
            Assert.Equal((true, false, false, true), (first.PersonalData, first.EuPersonalData, first.MedicalData, first.ExportControlled));
            Assert.Equal(new[] { "JP", "SG" }, services[1].DataLocation);
            Assert.Equal(ServiceModel.OnPremises, services[2].ServiceModel);
            Assert.Contains("\n", services[2].AdditionalColumns.Single().Value);
        }

        [Fact]
        public void ImportCloudInventory_UnknownColumns_AreNotePropertiesUnderTheirOwnNames()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory '{Fixture("extra-columns.csv")}' | Where-Object 'Cost Center' -eq 'CC-2'").WithoutErrors();
            var chat = Assert.Single(result.Output);
            Assert.Equal("Chat", chat.Properties["ServiceName"].Value);
            Assert.Equal("n2", chat.Properties["Notes"].Value);
        }

        [Fact]
        public void ImportCloudInventory_MalformedRows_WritesAnErrorPerBadRowAndEveryGoodService()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory '{Fixture("malformed.csv")}'");
            var services = result.Of<CloudService>();
            Assert.Equal(new[] { "Good1", "TrailingEmpty", "Stray\"Quote", "Good2", "Good3", "Good4", "Good5" }, services.Select(s => s.ServiceName));
            var unknownModel = result.Errors.First(e => e.FullyQualifiedErrorId.StartsWith("UnknownServiceModel,", StringComparison.Ordinal));
            Assert.Equal("UnknownServiceModel,CloudResponsibility.PowerShell.Commands.ImportCloudInventoryCommand", unknownModel.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidData, unknownModel.CategoryInfo.Category);
            var target = Assert.IsType<CloudResponsibility.Inventory.InventoryError>(unknownModel.TargetObject);
            Assert.Equal((3L, "ServiceModel", "SaaX"), (target.Row!.Value, target.Column, target.Value));
            Assert.EndsWith("malformed.csv", target.File);
            Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("UnbalancedQuote,", StringComparison.Ordinal));
            Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("WrongColumnCount,", StringComparison.Ordinal));
            Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("InvalidBoolean,", StringComparison.Ordinal));
            Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("MissingRequiredValue,", StringComparison.Ordinal));
        }

        [Fact]
        public void ImportCloudInventory_MalformedRows_NonEmptyRowsInEqualServicesPlusRowsWithErrors()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory '{Fixture("malformed.csv")}' -Verbose");
            var rowsWithErrors = result.Errors.Select(e => ((CloudResponsibility.Inventory.InventoryError)e.TargetObject).Row).Distinct().Count();
            var nonEmptyDataRows = File.ReadAllLines(Fixture("malformed.csv")).Skip(1).Count(l => l.Trim(',', ' ').Length > 0);
            Assert.Equal(nonEmptyDataRows, result.Of<CloudService>().Count + rowsWithErrors);
            Assert.Contains(result.Verbose, v => v.Contains("empty row(s) skipped"));
        }

        [Fact]
        public void ImportCloudInventory_ErrorActionStop_StopsAtTheFirstBadRow()
        {
            using var session = new ModuleSession();
            var exception = Assert.ThrowsAny<RuntimeException>(() => session.Run($"$seen = @(); Import-CloudInventory '{Fixture("malformed.csv")}' -ErrorAction Stop | ForEach-Object {{ $seen += $_ }}"));
            Assert.StartsWith("UnknownServiceModel,", exception.ErrorRecord.FullyQualifiedErrorId);
        }

        [Fact]
        public void ImportCloudInventory_DuplicateNames_WarnsNamingBothRowsAndWritesBoth()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory '{Fixture("duplicates.csv")}'").WithoutErrors();
            Assert.Equal(5, result.Of<CloudService>().Count);
            Assert.Contains(result.Warnings, w => w.Contains("row 2", StringComparison.OrdinalIgnoreCase) && w.Contains("4"));
        }

        [Fact]
        public void ImportCloudInventory_WildcardPathOfSeveralFiles_ReadsEachFile()
        {
            using var session = new ModuleSession();
            File.Copy(Fixture("semicolon.csv"), Path.Combine(directory.Path, "a.csv"));
            File.Copy(Fixture("semicolon.csv"), Path.Combine(directory.Path, "b.csv"));
            var one = session.Run($"Import-CloudInventory '{Path.Combine(directory.Path, "a.csv")}' -Delimiter ';'").WithoutErrors().Of<CloudService>().Count;
            var both = session.Run($"Import-CloudInventory '{Path.Combine(directory.Path, "*.csv")}' -Delimiter ';'").Of<CloudService>().Count;
            Assert.True(one > 0);
            Assert.Equal(2 * one, both);
        }

        [Fact]
        public void ImportCloudInventory_MissingFile_WritesPathNotFound()
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory -LiteralPath '{Path.Combine(directory.Path, "nope.csv")}'");
            Assert.StartsWith("PathNotFound,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("-Encoding no-such-encoding", "UnknownEncoding")]
        [InlineData("-Delimiter '\"'", "InvalidDelimiter")]
        public void ImportCloudInventory_BadOption_StopsWithItsErrorId(string option, string errorId)
        {
            using var session = new ModuleSession();
            var result = session.Run($"Import-CloudInventory '{Fixture("semicolon.csv")}' {option}");
            Assert.Empty(result.Output);
            Assert.Equal(errorId + ",CloudResponsibility.PowerShell.Commands.ImportCloudInventoryCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void ImportExportImport_WithoutFormulaProtection_GivesTheSameServices()
        {
            foreach (var fixture in new[] { "cp932-japanese.csv", "extra-columns.csv", "formulas.csv", "utf8-bom-crlf-multiline.csv", "fullwidth-lowercase.csv" })
            {
                using var session = new ModuleSession();
                var copy = Path.Combine(directory.Path, "copy-" + fixture);
                var original = session.Run($"Import-CloudInventory '{Fixture(fixture)}' -WarningAction SilentlyContinue").WithoutErrors().Of<CloudService>();
                session.Run($"Import-CloudInventory '{Fixture(fixture)}' -WarningAction SilentlyContinue | Export-CloudReport '{copy}' -NoFormulaProtection").WithoutErrors();
                var again = session.Run($"Import-CloudInventory '{copy}' -WarningAction SilentlyContinue").WithoutErrors().Of<CloudService>();
                Assert.Equal(original.Select(Describe), again.Select(Describe));
            }
        }

        [Fact]
        public void ImportExportImport_WithFormulaProtection_GivesTheSameServices()
        {
            // The report's apostrophes keep a spreadsheet from running the cells; reading the report takes them off again.
            using var session = new ModuleSession();
            var copy = Path.Combine(directory.Path, "protected.csv");
            var original = session.Run($"Import-CloudInventory '{Fixture("formulas.csv")}'").WithoutErrors().Of<CloudService>();
            session.Run($"Import-CloudInventory '{Fixture("formulas.csv")}' | Export-CloudReport '{copy}'").WithoutErrors();
            Assert.Contains("\"'=1+2\"", File.ReadAllText(copy));
            var again = session.Run($"Import-CloudInventory '{copy}'").WithoutErrors().Of<CloudService>();
            Assert.Equal(original.Select(Describe), again.Select(Describe));
            Assert.Equal(original.SelectMany(Values), again.SelectMany(Values));
            Assert.Contains(original.SelectMany(Values), c => c.StartsWith("=", StringComparison.Ordinal));
        }

        [Fact]
        public void Pipeline_ImportMatrixExport_WritesNineRowsPerServiceWithTheInventorysColumns()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "matrix.csv");
            session.Run($"Import-CloudInventory '{Fixture("extra-columns.csv")}' | Get-ResponsibilityMatrix | Export-CloudReport '{report}'").WithoutErrors();
            var lines = File.ReadAllLines(report);
            Assert.Equal(1 + 3 * 9, lines.Length);
            Assert.EndsWith(",Notes,Cost Center,Tag,", lines[0]);
            Assert.EndsWith(",n1,CC-1,t1,", lines[1]);
        }

        [Fact]
        public void BulkExport_SameInventory_WritesTheSameFileAsThePipeline()
        {
            using var session = new ModuleSession();
            var viaPipeline = Path.Combine(directory.Path, "pipeline.csv");
            var viaBulk = Path.Combine(directory.Path, "bulk.csv");
            session.Run($"Import-CloudInventory '{Fixture("cp932-japanese.csv")}' | Get-ResponsibilityMatrix -Language ja | Export-CloudReport '{viaPipeline}'").WithoutErrors();
            var summary = session.Run($"Export-ResponsibilityMatrix '{Fixture("cp932-japanese.csv")}' '{viaBulk}' -Language ja -PassThru").WithoutErrors().Of<CloudResponsibility.Output.BulkExportSummary>().Single();
            Assert.Equal(File.ReadAllBytes(viaPipeline), File.ReadAllBytes(viaBulk));
            Assert.Equal((4L, 36L), (summary.Services, summary.Rows));
        }

        [Fact]
        public void BulkExport_MalformedInventory_WritesErrorsAndTheGoodServices()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(directory.Path, "bulk.csv");
            var result = session.Run($"Export-ResponsibilityMatrix '{Fixture("malformed.csv")}' '{report}' -PassThru");
            Assert.NotEmpty(result.Errors);
            var summary = result.Of<CloudResponsibility.Output.BulkExportSummary>().Single();
            Assert.Equal(7, summary.Services);
            Assert.Equal(1 + 7 * 9, File.ReadAllLines(report).Length);
        }

        [Fact]
        public async Task ImportCloudInventory_SlowSource_WritesTheFirstServiceBeforeTheFileEnds()
        {
            if (OperatingSystem.IsWindows()) return;
            var fifo = Path.Combine(directory.Path, "inventory.fifo");
            using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            using var firstSeen = new ManualResetEventSlim();
            var sawFirstBeforeEnd = false;
            var writer = Task.Run(() =>
            {
                using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                var head = new StringBuilder("ServiceName,ServiceModel\r\n");
                // Enough rows for the encoding sample, then hold the rest back until a service came out.
                for (var i = 0; head.Length < 80_000; i++) head.Append("Service ").Append(i).Append(",SaaS\r\n");
                var bytes = Encoding.UTF8.GetBytes(head.ToString());
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush();
                sawFirstBeforeEnd = firstSeen.Wait(TimeSpan.FromSeconds(30));
                var tail = Encoding.UTF8.GetBytes("Last,PaaS\r\n");
                stream.Write(tail, 0, tail.Length);
            });
            using var session = new ModuleSession();
            using var shell = PowerShell.Create();
            shell.Runspace = session.Runspace;
            shell.AddScript("param($fifo, $signal) Import-CloudInventory -LiteralPath $fifo | ForEach-Object { $null = $signal.Set(); $_ }").AddArgument(fifo).AddArgument(firstSeen);
            var output = shell.Invoke();
            await writer;
            Assert.True(sawFirstBeforeEnd);
            Assert.Equal("Last", ((CloudService)output.Last().BaseObject).ServiceName);
        }

        private static string Describe(CloudService s) => string.Join("|", Cells(s));

        private static IEnumerable<string> Values(CloudService s) =>
            Cells(s).Take(12).Concat(s.AdditionalColumns.Select(c => c.Value));

        private static IEnumerable<string> Cells(CloudService s) =>
            new[] { s.ServiceName, s.Vendor ?? "", s.ServiceModel.ToString(), s.DeploymentModel?.ToString() ?? "", s.DataLocation.ToString(),
                    s.PersonalData?.ToString() ?? "", s.EuPersonalData?.ToString() ?? "", s.MedicalData?.ToString() ?? "", s.ExportControlled?.ToString() ?? "",
                    s.VendorCountry ?? "", s.Owner ?? "", s.ContractOverrides.ToString() }
                .Concat(s.AdditionalColumns.Select(c => c.Key + "=" + c.Value));
    }
}
