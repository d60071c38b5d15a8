using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// A column named like a formula (from a property or an inventory's header) is neutralised in
    /// the header row as a cell is, on the pipeline path and the bulk path alike.
    /// </summary>
    public sealed class HeaderInjectionTests : IDisposable
    {
        private const string Formula = "=cmd|' /C calc'!A0";
        private const string ProtectedHeaderCell = "\"'=cmd|' /C calc'!A0\"";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string PathOf(string name) => Path.Combine(directory.Path, name);

        private static string FirstLine(string path) => File.ReadLines(path, Encoding.UTF8).First();

        [Fact]
        public void ExportCloudReport_FormulaPropertyName_IsProtectedInTheHeaderUnlessTurnedOff()
        {
            using var session = new ModuleSession();
            var row = $"[pscustomobject]@{{ Name = 'a'; \"{Formula}\" = 'b' }}";
            session.Run($"{row} | Export-CloudReport '{PathOf("safe.csv")}'").WithoutErrors();
            session.Run($"{row} | Export-CloudReport '{PathOf("raw.csv")}' -NoFormulaProtection").WithoutErrors();
            Assert.Equal("Name," + ProtectedHeaderCell, FirstLine(PathOf("safe.csv")));
            Assert.Equal("Name," + Formula, FirstLine(PathOf("raw.csv")));
        }

        [Fact]
        public void ExportCloudReport_AppendUnderAProtectedHeader_MatchesTheColumn()
        {
            using var session = new ModuleSession();
            var report = PathOf("log.csv");
            session.Run($"[pscustomobject]@{{ \"{Formula}\" = 'one' }} | Export-CloudReport '{report}'").WithoutErrors();
            session.Run($"[pscustomobject]@{{ \"{Formula}\" = 'two' }} | Export-CloudReport '{report}' -Append").WithoutErrors();
            Assert.Equal(new[] { ProtectedHeaderCell, "one", "two" }, File.ReadAllLines(report, Encoding.UTF8));
        }

        [Fact]
        public void ExportResponsibilityMatrix_FormulaInventoryColumn_IsProtectedOnBothPaths()
        {
            using var session = new ModuleSession();
            var inventory = directory.Write("inventory.csv", $"ServiceName,ServiceModel,\"{Formula.Replace("\"", "\"\"")}\"\r\nMail,SaaS,x\r\n");
            session.Run($"Export-ResponsibilityMatrix '{inventory}' '{PathOf("bulk.csv")}'").WithoutErrors();
            session.Run($"Import-CloudInventory '{inventory}' | Get-ResponsibilityMatrix | Export-CloudReport '{PathOf("pipeline.csv")}'").WithoutErrors();
            foreach (var report in new[] { PathOf("bulk.csv"), PathOf("pipeline.csv") })
            {
                Assert.EndsWith("," + ProtectedHeaderCell, FirstLine(report));
                Assert.DoesNotContain("," + Formula, File.ReadAllText(report, Encoding.UTF8));
            }
        }
    }
}
