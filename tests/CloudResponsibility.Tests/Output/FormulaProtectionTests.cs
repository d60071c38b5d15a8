using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Caiq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Resolution;
using CloudResponsibility.Tests.Caiq;
using CloudResponsibility.Tests.Xlsx;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>
    /// What a report writes, every reader of the module reads back as it was: the apostrophe the
    /// CSV writer puts before formula-looking text comes off again, and nothing else does.
    /// </summary>
    public sealed class FormulaProtectionTests : IDisposable
    {
        // Real names that start like formulas, text that starts with apostrophes, and text that only looks odd.
        private static readonly string[] Texts =
        {
            "-Legacy CRM", "@nifty", "+81-3-1234-5678", "=SUM(1)", "\tTabbed", "\rReturn", "-",
            "'quoted'", "'", "''", "'=already", "''-twice", "it's", "plain", "1-2", "a=b", "",
        };

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData("'-Legacy CRM", "-Legacy CRM")]
        [InlineData("'@nifty", "@nifty")]
        [InlineData("'=SUM(1)", "=SUM(1)")]
        [InlineData("'+81", "+81")]
        [InlineData("'\tx", "\tx")]
        [InlineData("'\rx", "\rx")]
        [InlineData("''=x", "'=x")]
        [InlineData("'quoted'", "'quoted'")]
        [InlineData("'", "'")]
        [InlineData("'a", "'a")]
        [InlineData("-x", "-x")]
        [InlineData("' -x", "' -x")]
        public void Unprotect_TakesOffOnlyTheWritersApostrophe(string cell, string expected) =>
            Assert.Equal(expected, FormulaProtection.Unprotect(cell));

        [Fact]
        public void ProtectThenUnprotect_GivesEveryTextBack()
        {
            foreach (var text in Texts)
            {
                var written = FormulaProtection.NeedsProtection(text) ? FormulaProtection.Protect(text) : text;
                Assert.Equal(text, FormulaProtection.Unprotect(written));
                var typed = FormulaProtection.LooksProtected(text) ? FormulaProtection.Protect(text) : text;
                Assert.Equal(text, FormulaProtection.Unprotect(typed));
            }
        }

        [Theory]
        [InlineData("inventory.csv")]
        [InlineData("inventory.tsv")]
        [InlineData("inventory.xlsx")]
        public void InventoryReader_ReportOfServices_ReadsEveryNameAndCellAsWritten(string file)
        {
            var path = Report(file, new[] { "ServiceName", "ServiceModel", "Owner", "CostCenter" },
                Texts.Where(t => t.Trim().Length > 0).Select(t => new object?[] { t, "SaaS", t, t }).ToArray());
            using var reader = InventoryReader.Open(path);
            var services = reader.ReadAll().Select(r => r.Service ?? throw new InvalidOperationException(r.Error?.Message)).ToList();
            var names = Texts.Where(t => t.Trim().Length > 0).ToList();
            Assert.Equal(names.Select(n => n.Trim()), services.Select(s => s.ServiceName));
            Assert.Equal(names.Select(n => n.Trim()), services.Select(s => s.Owner));
            Assert.Equal(names, services.Select(s => s.AdditionalColumns.Single().Value));
        }

        [Fact]
        public void InventoryReader_ProtectedCsvSavedAsWorkbook_ReadsTheNameWithoutTheApostrophe()
        {
            // A CSV report opened in a spreadsheet shows the apostrophe as text; saved as a workbook, the cell keeps it.
            var workbook = new ExcelSavedWorkbook();
            workbook.Sheet("Sheet1")
                .Row(1, workbook.Text("ServiceName"), workbook.Text("ServiceModel"), workbook.Text("Owner"))
                .Row(2, workbook.Text("'-Legacy CRM"), workbook.Text("SaaS"), workbook.Text("'quoted'"));
            var path = workbook.Save(Path.Combine(directory.Path, "saved.xlsx"));
            using var reader = InventoryReader.Open(path);
            var service = Assert.Single(reader.ReadAll()).Service!;
            Assert.Equal(("-Legacy CRM", "'quoted'"), (service.ServiceName, service.Owner));
        }

        [Theory]
        [InlineData("answers.csv")]
        [InlineData("answers.xlsx")]
        public void QuestionnaireReader_ReportOfAnswers_ReadsTheServiceAndCommentAsWritten(string file)
        {
            var path = Report(file, new[] { "ServiceName", "ItemId", "Answer", "Comment" },
                new object?[] { "-Legacy CRM", "DIS-01.1", "Yes", "=see contract" },
                new object?[] { "@nifty", "DIS-01.1", "No", "'quoted'" });
            using var reader = QuestionnaireReader.Open(path);
            var records = reader.ReadAll().Select(r => r.Record!).ToList();
            Assert.Equal(new[] { "-Legacy CRM", "@nifty" }, records.Select(r => r.ServiceName));
            Assert.Equal(new[] { "=see contract", "'quoted'" }, records.Select(r => r.Comment));
        }

        [Fact]
        public void ContractOverrideFile_ReportOfOverrides_MatchesTheServiceAndKeepsTheClause()
        {
            var path = Report("overrides.csv", new[] { "ServiceName", "Layer", "Owner", "Clause" },
                new object?[] { "-Legacy CRM", "Data", "Provider", "-see §4" });
            var (overrides, errors) = ContractOverrideFile.Read(path);
            Assert.Empty(errors);
            var found = overrides.For(new CloudService("-Legacy CRM", ServiceModel.SaaS), Layer.Data);
            Assert.Equal("-see §4", found!.Clause);
        }

        [Fact]
        public void SuppressionSet_ReportOfSuppressions_MatchesTheServiceAsNamed()
        {
            var path = Report("suppressions.csv", new[] { "ServiceName", "RuleId", "Justification" },
                new object?[] { "@nifty", "LEG-03", "=accepted by legal" });
            var (set, errors, _) = SuppressionSet.Read(path, new DateTime(2026, 1, 1));
            Assert.Empty(errors);
            var suppression = set.Find("@nifty", "LEG-03", new DateTime(2026, 1, 1));
            Assert.Equal("=accepted by legal", suppression!.Justification);
        }

        [Fact]
        public void Baseline_ReportOfFindings_ReadsTheServiceAsNamed()
        {
            var path = Report("findings.csv", new[] { "Fingerprint", "ServiceName", "RuleId", "Severity", "Detail" },
                new object?[] { "abc", "-Legacy CRM", "QST-01", "High", "'quoted'" });
            var (baseline, errors) = Baseline.Read(path);
            Assert.Empty(errors);
            var finding = Assert.Single(baseline.Findings);
            Assert.Equal(("-Legacy CRM", "'quoted'"), (finding.ServiceName, finding.Detail));
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void CaiqReader_ProtectedCells_ReadWithoutTheApostrophe(bool workbook)
        {
            var rows = CaiqFixture.Sheet(CaiqFixture.Question("CEK-03.1", "Yes", "CSP-owned", "'- keys rotate yearly", "'quoted'"));
            var path = workbook
                ? CaiqFixture.Workbook(Path.Combine(directory.Path, "vendor.xlsx"), "CAIQv4.0.3", rows)
                : CaiqFixture.Csv(Path.Combine(directory.Path, "vendor.csv"), rows);
            using var reader = CaiqReader.Open(path, "-Legacy CRM");
            var answer = Assert.Single(reader.ReadAll()).Answer!;
            Assert.Equal(("- keys rotate yearly", "'quoted'"), (answer.ImplementationDescription, answer.CustomerResponsibilities));
        }

        /// <summary>Writes rows as Export-CloudReport does (formula protection on), in the format the extension names.</summary>
        private string Report(string file, IReadOnlyList<string> columns, params object?[][] rows)
        {
            var path = Path.Combine(directory.Path, file);
            Assert.True(CloudResponsibility.Output.Formats.ReportFormats.TryInfer(path, out var format));
            using (var session = ReportSession.Open(path, format, ReportOptions.Default))
            {
                foreach (var row in rows) session.Add(columns, row);
                session.Commit();
            }
            return path;
        }
    }
}
