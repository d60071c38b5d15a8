using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>What a baseline file holds, and the status a finding suppressed in the baseline gets when nothing suppresses it now.</summary>
    public sealed class BaselineTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = new DateTime(2026, 12, 6), ExpectQuestionnaires = false };

        [Theory]
        [InlineData("")]
        [InlineData(" \r\n\t\r\n")]
        [InlineData("\uFEFF \r\n")]
        public void Read_FileWithNothingInIt_IsBaselineEmpty_NotAFirstRun(string content)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "baseline.json");
            File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
            var (baseline, errors) = Baseline.Read(path);
            var error = Assert.Single(errors);
            Assert.Equal((AuditErrorId.BaselineEmpty, path), (error.ErrorId, error.File));
            Assert.Contains("delete the file", error.Message);
            Assert.Empty(baseline.Findings);
            Assert.Equal(AuditErrorId.BaselineEmpty, Assert.Single(Baseline.Read(path, Language.Ja).Errors).ErrorId);
        }

        [Theory]
        [InlineData("baseline.csv", "\uFEFFServiceName,RuleId,Severity,Status,Fingerprint\r\n")]
        [InlineData("baseline.json", "[]")]
        [InlineData("baseline.json", "\uFEFF[\r\n]\r\n")]
        [InlineData("baseline.csv", "\uFEFF")]
        public void Read_ReportOfNoFindings_IsABaselineOfNone(string name, string content)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, name);
            File.WriteAllText(path, content);
            var (baseline, errors) = Baseline.Read(path);
            Assert.Empty(errors);
            Assert.Empty(baseline.Findings);
        }

        [Theory]
        [InlineData("Beta,LEG-03,Medium,New,0123456789abcdef0123456789abcdef\r\nGamma,LEG-0", 1)]
        [InlineData("Beta,LEG-03,Medium,New,0123456789abcdef0123456789abcdef\r\nGamma,LEG-03,Medium,New,fedcba9876543210fedcba9876543210", 2)]
        public void Read_CsvCutOffInItsLastRow_IsTruncatedFile_AndAWholeLastLineIsRead(string rows, int findings)
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "baseline.csv");
            File.WriteAllText(path, "ServiceName,RuleId,Severity,Status,Fingerprint\r\n" + rows);
            var (baseline, errors) = Baseline.Read(path);
            Assert.Equal(findings, baseline.Findings.Count);
            if (findings == 1) Assert.Equal((InventoryErrorId.TruncatedFile, 3L), (Assert.Single(errors).ErrorId, Assert.Single(errors).Row));
            else Assert.Empty(errors);
        }

        [Fact]
        public void Compare_SuppressedInTheBaseline_NothingSuppressesItNow_IsReopened_CountedAndFailing()
        {
            var service = new CloudService("Beta", ServiceModel.SaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(new[] { "JP" }), true, false, false, false, "US", "ops");
            var first = new AuditEngine(English, AuditRuleCatalog.Default, Options).Audit(service).Single();
            Assert.Equal("LEG-03", first.RuleId);
            var baseline = Baseline.FromRows(new[] { (2L, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["ServiceName"] = "Beta", ["RuleId"] = "LEG-03", ["Severity"] = first.Severity.ToString(), ["Status"] = "Suppressed",
                ["Subject"] = first.Subject, ["Fingerprint"] = first.Fingerprint,
            }) }, "baseline.csv", Language.En).Baseline;

            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options, baseline: baseline);
            var reopened = engine.Audit(service).Single();
            Assert.Equal((FindingStatus.Reopened, first.Severity), (reopened.Status, reopened.BaselineSeverity!.Value));
            Assert.True(reopened.Fails(FindingSeverity.Medium));
            Assert.True(engine.Fails(FindingSeverity.Medium));
            Assert.Empty(engine.Complete());
            var summary = new AuditEngine(English, AuditRuleCatalog.Default, Options, baseline: baseline).Summarize(service);
            Assert.Equal((1, 1, 0, 0, 0), (summary.Open, summary.Reopened, summary.New, summary.Worsened, summary.Suppressed));

            // Still accepted: Suppressed, as before; an Unchanged finding of the baseline stays Unchanged.
            var (suppressions, _, _) = SuppressionSet.Parse("ServiceName,RuleId,Justification,Expires,Approver\nBeta,LEG-03,accepted by legal,2027-06-30,CISO\n", "suppressions.csv", Options.AsOf);
            Assert.Equal(FindingStatus.Suppressed, new AuditEngine(English, AuditRuleCatalog.Default, Options, suppressions: suppressions, baseline: baseline).Audit(service).Single().Status);
            var open = Baseline.FromRows(new[] { (2L, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["ServiceName"] = "Beta", ["RuleId"] = "LEG-03", ["Severity"] = first.Severity.ToString(), ["Status"] = "Unchanged", ["Fingerprint"] = first.Fingerprint,
            }) }, "baseline.csv", Language.En).Baseline;
            Assert.Equal(FindingStatus.Unchanged, new AuditEngine(English, AuditRuleCatalog.Default, Options, baseline: open).Audit(service).Single().Status);
        }

        [Fact]
        public void FindingStatus_EarlierValuesKeepTheirNumbers_ReopenedIsLast()
        {
            Assert.Equal(new[] { "New", "Unchanged", "Worsened", "Resolved", "Suppressed", "Unverified", "Reopened" }, Enum.GetNames(typeof(FindingStatus)));
            Assert.Equal(6, (int)FindingStatus.Reopened);
        }
    }
}
