using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>
    /// An inventory row the audit cannot read as a service (INV-01): a finding of its own, and what
    /// the baseline had of its service carried as Unverified rather than reported Resolved.
    /// </summary>
    public sealed class UnreadableRowTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = AsOf };

        /// <summary>A service abroad (LEG-01 and LEG-03, Medium), or at home (nothing to find).</summary>
        private static CloudService Service(string name, string location = "US") =>
            new CloudService(name, ServiceModel.SaaS, "Vendor", DeploymentModel.Public, new ValueList<string>(new[] { location }), true, false, false, false, location, "IT");

        private static AuditEngine Engine(Baseline? baseline = null, SuppressionSet? suppressions = null) =>
            new AuditEngine(English, AuditRuleCatalog.Default, Options, null, null, suppressions, baseline);

        /// <summary>The last run, as the baseline a report of it reads back as: Mail and Box abroad, two findings each.</summary>
        private static Baseline LastRun()
        {
            var engine = Engine();
            var findings = engine.Audit(Service("Mail"), "inventory.csv", 2).Concat(engine.Audit(Service("Box"), "inventory.csv", 3)).ToList();
            return Baseline.FromRows(findings.Select((f, i) => ((long)i + 2, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                ["ServiceName"] = f.ServiceName, ["RuleId"] = f.RuleId, ["Severity"] = f.Severity.ToString(), ["Status"] = f.Status.ToString(),
                ["Subject"] = f.Subject, ["Fingerprint"] = f.Fingerprint, ["Title"] = f.Title,
            })), "last.csv", Language.En).Baseline;
        }

        private static InventoryError[] BadModel(long row) =>
            new[] { new InventoryError(InventoryErrorId.UnknownServiceModel, $"Row {row}: 'SaaX' is not a service model.", "inventory.csv", row, row, "ServiceModel", "SaaX") };

        private static string StatusOf(IEnumerable<Finding> findings, string service) =>
            string.Join(" ", findings.Where(f => f.ServiceName == service).Select(f => $"{f.RuleId}:{f.Status}"));

        [Fact]
        public void UnreadableRow_NamingItsService_IsINV01OfThatService_AndItsLastFindingsStayOpenAsUnverified()
        {
            var engine = Engine(LastRun());
            var finding = engine.UnreadableRow(" Mail ", "inventory.csv", 2, BadModel(2));
            // Box was audited and is at home now: its findings were fixed.
            Assert.Empty(engine.Audit(Service("Box", "JP"), "inventory.csv", 3));
            var ended = engine.Complete().ToList();
            Assert.Equal(("INV-01", "Mail", FindingSeverity.High, FindingStatus.New), (finding.RuleId, finding.ServiceName, finding.Severity, finding.Status));
            Assert.Equal(("ServiceModel", "ServiceModel=SaaX", "inventory.csv", (long?)2), (finding.Subject, finding.Evidence, finding.InventoryFile, finding.InventoryRow));
            Assert.Null(finding.ServiceModel);
            Assert.Contains("'SaaX' is not a service model", finding.Detail);
            Assert.Equal("INV-01", finding.EvaluatedRules);
            Assert.Equal("LEG-01:Unverified LEG-03:Unverified", StatusOf(ended, "Mail"));
            Assert.Equal("LEG-01:Resolved LEG-03:Resolved", StatusOf(ended, "Box"));
            Assert.All(ended.Where(f => f.Status == FindingStatus.Unverified), f => Assert.Equal((f.Severity, AsOf), (f.BaselineSeverity!.Value, f.AsOf!.Value)));
            // Unverified findings are open: they count for -FailOn as they did last time.
            Assert.Equal((1, 2), (engine.Open(FindingSeverity.High), engine.Open(FindingSeverity.Medium)));
            Assert.Equal(1, engine.UnreadableRows);
            Assert.Equal(1, engine.Services);
        }

        [Fact]
        public void UnreadableRow_WithoutAName_HoldsEveryServiceTheRunDidNotAudit_AndIsTheFilesFindingByRow()
        {
            var engine = Engine(LastRun());
            var errors = new[] { new InventoryError(InventoryErrorId.MissingRequiredValue, "Row 4: no ServiceName.", "/data/inventory.csv", 4, 4, "サービス名", string.Empty) };
            var finding = engine.UnreadableRow(null, "/data/inventory.csv", 4, errors);
            Assert.Empty(engine.Audit(Service("Box", "JP")));
            var ended = engine.Complete().ToList();
            Assert.Equal(("inventory.csv", "Row 4", "サービス名="), (finding.ServiceName, finding.Subject, finding.Evidence));
            // Mail was not audited: the unnamed row may be Mail's. Box was audited and its findings are gone.
            Assert.Equal("LEG-01:Unverified LEG-03:Unverified", StatusOf(ended, "Mail"));
            Assert.Equal("LEG-01:Resolved LEG-03:Resolved", StatusOf(ended, "Box"));
        }

        [Fact]
        public void Complete_EveryRowRead_AServiceGoneFromTheInventoryIsResolved()
        {
            var engine = Engine(LastRun());
            engine.Audit(Service("Box"));
            var ended = engine.Complete().ToList();
            Assert.Equal("LEG-01:Resolved LEG-03:Resolved", StatusOf(ended, "Mail"));
            Assert.Equal(2, engine.Open(FindingSeverity.Medium)); // Box's two, Unchanged; Mail's resolved ones are not open

        }

        [Fact]
        public void UnreadableRow_TheSubjectIsTheColumnsAtFault_SoTheFingerprintOutlivesAReorderingOfTheRows()
        {
            var errors = new[]
            {
                new InventoryError(InventoryErrorId.UnknownServiceModel, "m", "a.csv", 3, 3, "サービスモデル", "SaaX"),
                new InventoryError(InventoryErrorId.UnknownCountry, "c", "a.csv", 3, 3, "DataLocation", "Japn"),
            };
            var first = Engine(LastRun()).UnreadableRow("Mail", "a.csv", 3, errors);
            var moved = Engine(LastRun()).UnreadableRow("Mail", "b.csv", 40, errors.Select(e => new InventoryError(e.ErrorId, e.Message, "b.csv", 40, 40, e.Column, e.Value)).ToList());
            Assert.Equal(("ServiceModel, DataLocation", "サービスモデル=SaaX; DataLocation=Japn"), (first.Subject, first.Evidence));
            Assert.Equal(first.Fingerprint, moved.Fingerprint);
            var wholeRow = Engine().UnreadableRow("Mail", "a.csv", 5, new[] { new InventoryError(InventoryErrorId.WrongColumnCount, "w", "a.csv", 5, 5, null, "Mail,SaaS") });
            Assert.Equal(("WrongColumnCount", "WrongColumnCount"), (wholeRow.Subject, wholeRow.Evidence));
        }

        [Fact]
        public void UnreadableRow_AnUnexpiredSuppressionStillAcceptsACarriedFinding()
        {
            var (suppressions, _, _) = SuppressionSet.Parse("ServiceName,RuleId,Justification,Expires,Approver\nMail,LEG-03,accepted by legal,2027-06-30,CISO\n", "suppressions.csv", AsOf);
            var engine = Engine(LastRun(), suppressions);
            engine.UnreadableRow("Mail", "inventory.csv", 2, BadModel(2));
            engine.Audit(Service("Box"));
            var mail = engine.Complete().Where(f => f.ServiceName == "Mail").ToList();
            Assert.Equal("LEG-01:Unverified LEG-03:Suppressed", StatusOf(mail, "Mail"));
            Assert.Equal("accepted by legal", mail.Single(f => f.RuleId == "LEG-03").SuppressionJustification);
        }

        [Fact]
        public void Baseline_AnUnverifiedFindingIsStillOpen_SoTheNextRunComparesWithIt()
        {
            var rows = new[]
            {
                (2L, (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                {
                    ["ServiceName"] = "Mail", ["RuleId"] = "LEG-01", ["Severity"] = "Medium", ["Status"] = "Unverified", ["Subject"] = "LEG-01",
                    ["Fingerprint"] = FindingFingerprint.Of("Mail", "LEG-01", "LEG-01"),
                }),
            };
            var (baseline, errors) = Baseline.FromRows(rows, "last.csv", Language.En);
            Assert.Empty(errors);
            var engine = Engine(baseline);
            Assert.Equal(FindingStatus.Unchanged, engine.Audit(Service("Mail")).Single(f => f.RuleId == "LEG-01").Status);
        }

        [Fact]
        public void EvaluatedRules_OfAServiceAudited_DoNotNameINV01_WhichIsAboutRows() =>
            Assert.DoesNotContain("INV-01", Engine().Audit(Service("Mail")).First().EvaluatedRules!.Split(new[] { AuditEngine.EvaluatedRuleSeparator }, StringSplitOptions.None));
    }
}
