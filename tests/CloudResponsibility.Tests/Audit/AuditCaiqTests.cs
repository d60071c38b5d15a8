using System;
using System.IO;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Tests.Caiq;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>The audit reads a vendor's CAIQ among the questionnaires and raises OWN-02 where its ownership claims contradict the matrix.</summary>
    public sealed class AuditCaiqTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly AuditOptions Options = AuditOptions.Default with { AsOf = new DateTime(2026, 12, 1), ExpectQuestionnaires = true };

        private static QuestionnaireSet WithCaiq(TempDirectory directory, string service)
        {
            // CHK-TE-03.1 (IVS-04) is the provider's under SaaS: a customer-owned claim contradicts it; IAM-02 (CHK-TE-04.1) is shared under SaaS.
            var path = CaiqFixture.Workbook(Path.Combine(directory.Path, service + ".xlsx"), "CAIQv4.0.3",
                CaiqFixture.Sheet(CaiqFixture.Question("IVS-04.1", "Yes", "CSC-owned"), CaiqFixture.Question("IAM-02.1", "Yes", "CSC-owned")));
            Assert.True(QuestionnaireSet.IsCaiqWorkbook(path));
            var set = new QuestionnaireSet();
            Assert.True(set.Add(path, e => throw new InvalidOperationException(e.Message), out _, out var records));
            Assert.Equal(2, records);
            return set;
        }

        [Fact]
        public void Audit_CaiqClaimingACustomerOwnedControlOnAProviderLine_RaisesOwn02()
        {
            using var directory = new TempDirectory();
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options, WithCaiq(directory, "Mail"));
            var findings = engine.Audit(new CloudService("Mail", ServiceModel.SaaS, "Vendor", owner: "IT")).Where(f => f.RuleId == AuditRuleIds.OwnershipMismatch).ToList();
            Assert.Equal(new[] { "CHK-TE-03.1", "DIS-03.1" }, findings.Select(f => f.Subject));
            Assert.All(findings, f => Assert.Equal((Owner.Provider, FindingSeverity.High), (f.Owner, f.Severity)));
            Assert.StartsWith("Ownership=CscOwned; GapOwner=Provider; Questions=IVS-04.1", findings[0].Evidence, StringComparison.Ordinal);
        }

        [Fact]
        public void Audit_ServiceWithoutACaiq_RaisesNoOwn02()
        {
            using var directory = new TempDirectory();
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options, WithCaiq(directory, "Mail"));
            Assert.DoesNotContain(engine.Audit(new CloudService("Chat", ServiceModel.SaaS, "Vendor", owner: "IT")), f => f.RuleId == AuditRuleIds.OwnershipMismatch);
        }

        [Fact]
        public void Complete_ACaiqForAServiceTheInventoryLacks_Warns_NamingTheFileAndTheService()
        {
            using var directory = new TempDirectory();
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options, WithCaiq(directory, "Mail"));
            engine.Audit(new CloudService("Chat", ServiceModel.SaaS, "Vendor", owner: "IT"));
            engine.Complete().ToList();
            var warnings = new System.Collections.Generic.List<CloudResponsibility.Inventory.InventoryWarning>();
            engine.TakeProblems(_ => { }, warnings.Add);
            var warning = Assert.Single(warnings);
            Assert.Equal(AuditWarningId.QuestionnaireServiceNotInInventory, warning.WarningId);
            Assert.Contains("'Mail'", warning.Message, StringComparison.Ordinal);
            Assert.Contains("Mail.xlsx", warning.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Complete_ACaiqForAServiceOfTheInventory_DoesNotWarn_AskedForOrNot(bool expectQuestionnaires)
        {
            using var directory = new TempDirectory();
            var engine = new AuditEngine(English, AuditRuleCatalog.Default, Options with { ExpectQuestionnaires = expectQuestionnaires }, WithCaiq(directory, "Mail"));
            engine.Audit(new CloudService("Mail", ServiceModel.SaaS, "Vendor", owner: "IT"));
            engine.Complete().ToList();
            var warnings = new System.Collections.Generic.List<CloudResponsibility.Inventory.InventoryWarning>();
            engine.TakeProblems(_ => { }, warnings.Add);
            Assert.Empty(warnings);
        }

        [Fact]
        public void IsCaiqWorkbook_AQuestionnaireCsvOrAWorkbookWithoutACaiqSheet_IsNot()
        {
            using var directory = new TempDirectory();
            var csv = Path.Combine(directory.Path, "q.csv");
            File.WriteAllText(csv, "ServiceName,ItemId,Answer\n");
            var other = CaiqFixture.Workbook(Path.Combine(directory.Path, "other.xlsx"), "Answers", CaiqFixture.Sheet());
            Assert.False(QuestionnaireSet.IsCaiqWorkbook(csv));
            Assert.False(QuestionnaireSet.IsCaiqWorkbook(other));
        }
    }
}
