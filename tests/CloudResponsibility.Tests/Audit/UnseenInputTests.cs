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
    /// <summary>
    /// "The audit never calls Resolved what it did not see": a column the rules read that the
    /// inventory lacks, a blank DataLocation and a questionnaire that could not be used hold the
    /// baseline's findings of the rules they feed as Unverified.
    /// </summary>
    public sealed class UnseenInputTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = new DateTime(2026, 12, 1) };

        private static readonly string[] AllHeaders =
            { "ServiceName", "ServiceModel", "DataLocation", "PersonalData", "EuPersonalData", "MedicalData", "ExportControlled", "VendorCountry", "Owner" };

        /// <summary>Medical data in the US from a US vendor: LEG-01, LEG-03 and LEG-05 (Critical).</summary>
        private static CloudService Imaging(string? location = "US") =>
            new CloudService("Imaging", ServiceModel.SaaS, "Vendor", DeploymentModel.Public,
                new ValueList<string>(location is null ? Array.Empty<string>() : new[] { location }), true, false, true, false, location is null ? null : "US", "IT");

        private static AuditEngine Engine(Baseline? baseline = null) =>
            new AuditEngine(English, AuditRuleCatalog.Default, Options, null, null, null, baseline);

        private static Baseline LastRun()
        {
            var findings = Engine().Audit(Imaging(), "inventory.csv", 2);
            return Baseline.FromRows(findings.Select((f, i) => ((long)i + 2, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["ServiceName"] = f.ServiceName, ["RuleId"] = f.RuleId, ["Severity"] = f.Severity.ToString(), ["Status"] = f.Status.ToString(),
                ["Subject"] = f.Subject, ["Fingerprint"] = f.Fingerprint, ["Title"] = f.Title,
            })), "last.csv", Language.En).Baseline;
        }

        private static string Statuses(IEnumerable<Finding> findings) =>
            string.Join(" ", findings.OrderBy(f => f.RuleId, StringComparer.Ordinal).Select(f => $"{f.RuleId}:{f.Status}"));

        [Fact]
        public void InventoryHeader_WithoutDataLocation_WarnsNamingTheRulesAndTheUnrecognisedHeader_AndHoldsTheirFindings()
        {
            var baseline = LastRun();
            Assert.Contains(baseline.Findings, f => f.RuleId == "LEG-05");
            var engine = Engine(baseline);
            var headers = AllHeaders.Select(h => h == "DataLocation" ? "Data Location (Region)" : h).ToArray();
            engine.InventoryHeader("renamed.csv", headers);
            // Read without the column, the service has no location.
            var found = engine.Audit(Imaging(location: null), "renamed.csv", 2).ToList();
            var ended = engine.Complete().ToList();
            var warnings = new List<InventoryWarning>();
            engine.TakeProblems(_ => { }, warnings.Add);
            var warning = Assert.Single(warnings);
            Assert.Equal((AuditWarningId.InventoryColumnMissing, "DataLocation"), (warning.WarningId, warning.Value));
            Assert.Contains("renamed.csv", warning.Message);
            Assert.Contains("LEG-05", warning.Message);
            Assert.Contains("'Data Location (Region)'", warning.Message);
            // No location column: no INV-02 either (the warning says it), and nothing Resolved.
            Assert.DoesNotContain(found, f => f.RuleId == AuditRuleIds.UnknownDataLocation);
            Assert.Equal("LEG-01:Unverified LEG-03:Unverified LEG-05:Unverified", Statuses(ended));
            Assert.Equal(FindingSeverity.Critical, ended.Single(f => f.RuleId == "LEG-05").Severity);
            Assert.True(engine.Fails(FindingSeverity.Critical));
        }

        [Fact]
        public void InventoryHeader_WithEveryColumn_WarnsNothing()
        {
            var engine = Engine(LastRun());
            engine.InventoryHeader("inventory.csv", AllHeaders);
            var warnings = new List<InventoryWarning>();
            engine.TakeProblems(_ => { }, warnings.Add);
            Assert.Empty(warnings);
        }

        [Fact]
        public void Audit_BlankDataLocationOfMedicalData_IsINV02_AndHoldsTheLocationFindings()
        {
            var engine = Engine(LastRun());
            engine.InventoryHeader("inventory.csv", AllHeaders);
            var found = engine.Audit(Imaging(location: null), "inventory.csv", 2).ToList();
            var ended = engine.Complete().ToList();
            var unknown = Assert.Single(found, f => f.RuleId == AuditRuleIds.UnknownDataLocation);
            Assert.Equal((FindingSeverity.High, "DataLocation", "DataLocation=; PersonalData=true; MedicalData=true"), (unknown.Severity, unknown.Subject, unknown.Evidence));
            Assert.Contains("PersonalData, MedicalData", unknown.Detail);
            Assert.Contains(AuditRuleIds.UnknownDataLocation, unknown.EvaluatedRules);
            Assert.Equal("LEG-01:Unverified LEG-03:Unverified LEG-05:Unverified", Statuses(ended));
        }

        [Fact]
        public void Audit_BlankDataLocationWithoutSensitiveData_HoldsTheLocationFindingsWithoutINV02()
        {
            var engine = Engine(LastRun());
            var service = new CloudService("Imaging", ServiceModel.SaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(Array.Empty<string>()), false, false, false, false, null, "IT");
            Assert.Empty(engine.Audit(service, "inventory.csv", 2));
            // The rules that read the location are held whatever else changed: the run did not see where the data is.
            Assert.Equal("LEG-01:Unverified LEG-03:Unverified LEG-05:Unverified", Statuses(engine.Complete()));
        }

        [Fact]
        public void Audit_LocationGivenAgain_ResolvesWhatItNoLongerFinds()
        {
            var engine = Engine(LastRun());
            Assert.Empty(engine.Audit(new CloudService("Imaging", ServiceModel.SaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(new[] { "JP" }), true, false, true, false, "JP", "IT"), "inventory.csv", 2));
            Assert.Equal("LEG-01:Resolved LEG-03:Resolved LEG-05:Resolved", Statuses(engine.Complete()));
        }

        [Theory]
        [InlineData("")]
        [InlineData("ServiceName,ItemId,Answer\n")]
        public void QuestionnaireSet_EmptyOrHeaderOnlyFile_IsUnreadableAsEmpty(string content)
        {
            var file = Path.Combine(Path.GetTempPath(), $"cr-empty-{Guid.NewGuid():N}.csv");
            File.WriteAllText(file, content);
            try
            {
                var set = new QuestionnaireSet();
                Assert.False(set.Add(file, _ => { }, out var unreadable, out var records));
                Assert.IsType<QuestionnaireEmptyException>(unreadable);
                Assert.Equal(0, records);
                Assert.Equal(0, set.Services);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Theory]
        [InlineData("q02-2026.csv", true)]
        [InlineData("q02-2026.TSV", true)]
        [InlineData("q02-2026.xlsx", true)]
        [InlineData("Salesforce Sales Cloud.xlsx", true)]
        [InlineData("~$q02-2026.xlsx", false)]
        [InlineData("notes.txt", false)]
        public void IsQuestionnaireFile_TakesCsvTsvAndWorkbooks(string name, bool expected) =>
            Assert.Equal(expected, QuestionnaireSet.IsQuestionnaireFile(Path.Combine("questionnaires", name)));
    }
}
