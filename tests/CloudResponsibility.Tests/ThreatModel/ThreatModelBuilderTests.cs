using System;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using CloudResponsibility.ThreatModel;
using Xunit;

namespace CloudResponsibility.Tests.ThreatModel
{
    /// <summary>What a service's threat model holds: relevance, both sides' mitigations after overrides, the residual owner, the disclosure's verification, stable IDs.</summary>
    public sealed class ThreatModelBuilderTests
    {
        private static readonly CatalogView Catalog = ThreatModelSamples.Catalog();

        [Fact]
        public void Entries_OnePerThreatInCatalogOrder()
        {
            var entries = new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.SaaS);
            Assert.Equal(Catalog.Threats.Select(t => t.Id), entries.Select(e => e.ThreatId));
            Assert.All(entries, e => Assert.Equal("kintone", e.ServiceName));
        }

        [Fact]
        public void CustomerMitigations_AreTheThreatsLayersTheCustomerOwnsOrShares()
        {
            var saas = new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.SaaS).Single(e => e.ThreatId == "TH-01");
            Assert.Equal(new[] { Layer.Data, Layer.AccountsAndAccess }, saas.CustomerMitigations.Select(m => m.Layer));
            Assert.Equal(new[] { Owner.Customer, Owner.Shared }, saas.CustomerMitigations.Select(m => m.Owner));
            Assert.Equal(Owner.Shared, saas.Owner);
            Assert.Equal(Catalog.Cell(ServiceModel.SaaS, Layer.Data).CustomerDuty, saas.CustomerMitigations[0].Duty);

            var iaas = new ThreatModelBuilder(Catalog).Entries(new CloudService("vm", ServiceModel.IaaS)).Single(e => e.ThreatId == "TH-03");
            Assert.Equal(new[] { Layer.AccountsAndAccess, Layer.Application, Layer.Middleware, Layer.GuestOS }, iaas.CustomerMitigations.Select(m => m.Layer));
            Assert.All(iaas.CustomerMitigations, m => Assert.Equal(Owner.Customer, m.Owner));
        }

        [Fact]
        public void ResidualRisk_IsSharedWhereTheProviderRunsPartOfTheStackAndItsMeasuresMitigateTheThreat()
        {
            // The IaaS customer owns every layer each threat names, yet an outage at the facility or an
            // attack on the hypervisor is the provider's to prevent.
            var iaas = new ThreatModelBuilder(Catalog).Entries(new CloudService("vm", ServiceModel.IaaS));
            Assert.All(iaas, e => Assert.All(e.CustomerMitigations, m => Assert.Equal(Owner.Customer, m.Owner)));
            Assert.All(iaas, e => Assert.Equal(Owner.Shared, e.Owner));

            // The same IaaS with every layer contracted back to the customer is the customer's alone.
            var overrides = new OverrideSet();
            foreach (Layer layer in Enum.GetValues(typeof(Layer))) overrides.Add("vm", new ContractOverride(layer, Owner.Customer, "self-managed hardware"));
            Assert.All(new ThreatModelBuilder(Catalog, overrides).Entries(new CloudService("vm", ServiceModel.IaaS)), e => Assert.Equal(Owner.Customer, e.Owner));
        }

        [Fact]
        public void ContractOverride_ChangesTheCustomersLayersAndTheOwner()
        {
            var service = new CloudService("crm", ServiceModel.SaaS, deploymentModel: DeploymentModel.Public);
            var overrides = new OverrideSet();
            overrides.Add("crm", new ContractOverride(Layer.AccountsAndAccess, Owner.Provider, "MSA 7"));
            var plain = new ThreatModelBuilder(Catalog).Entries(service).Single(e => e.ThreatId == "TH-03");
            var overridden = new ThreatModelBuilder(Catalog, overrides).Entries(service).Single(e => e.ThreatId == "TH-03");
            Assert.Equal(new[] { Layer.AccountsAndAccess }, plain.CustomerMitigations.Select(m => m.Layer));
            Assert.Equal(Owner.Shared, plain.Owner);
            Assert.Empty(overridden.CustomerMitigations);
            Assert.Equal(Owner.Provider, overridden.Owner);
        }

        [Fact]
        public void InventoryOverride_GivesTheClause()
        {
            var data = new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.IaaS).Single(e => e.ThreatId == "TH-01").CustomerMitigations.First();
            Assert.Equal((Layer.Data, Owner.Shared, "契約書 第12条"), (data.Layer, data.Owner, data.Clause));
        }

        [Fact]
        public void ProviderMitigations_ListTheThreatsMeasuresWithTheChecksOfTheModel()
        {
            var entry = new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.SaaS).Single(e => e.ThreatId == "TH-02");
            var threat = Catalog.Threats.Single(t => t.Id == "TH-02");
            Assert.Equal(threat.ProviderControlIds, entry.ProviderMitigations.Select(m => m.ControlId));
            foreach (var mitigation in entry.ProviderMitigations)
                Assert.Equal(Catalog.ProviderControls.Single(c => c.Id == mitigation.ControlId).CheckItemIds, mitigation.CheckItemIds);
            Assert.Equal(entry.ProviderMitigations.SelectMany(m => m.CheckItemIds).Distinct().OrderBy(id => id, StringComparer.Ordinal),
                entry.VerifyingChecks.OrderBy(id => id, StringComparer.Ordinal));
            Assert.All(entry.ProviderMitigations, m => Assert.Equal(MitigationVerification.NotAssessed, m.Verification));
            Assert.Empty(entry.UnverifiedMitigations);
        }

        [Fact]
        public void OnPremises_HasNoChecksToAskAVendor()
        {
            var entries = new ThreatModelBuilder(Catalog).Entries(new CloudService("file server", ServiceModel.OnPremises));
            Assert.All(entries, e => Assert.Empty(e.VerifyingChecks));
            Assert.All(entries, e => Assert.Equal(Owner.Customer, e.Owner));
            Assert.Equal(ThreatRelevance.NotApplicable, entries.Single(e => e.ThreatId == "TH-02").Relevance);
        }

        [Fact]
        public void Disclosure_MarksTheMeasuresOfAFailedLineUnverifiedAndTheOthersVerified()
        {
            var service = ThreatModelSamples.SaaS;
            var items = Catalog.Questionnaire.For(ServiceModel.SaaS).ToList();
            var failed = items.First(i => i.ProviderControlIds.Contains("CTL-T-04"));
            var verification = new DisclosureVerification();
            foreach (var item in items) verification.Add(Result(service, item, item == failed ? DisclosureOutcome.Fail : DisclosureOutcome.Pass));
            var entry = new ThreatModelBuilder(Catalog, null, verification).Entries(service).Single(e => e.ThreatId == "TH-02");
            foreach (var mitigation in entry.ProviderMitigations)
            {
                var expected = failed.ProviderControlIds.Contains(mitigation.ControlId)
                    ? (MitigationVerification.Unverified, (DisclosureOutcome?)DisclosureOutcome.Fail)
                    : (MitigationVerification.Verified, (DisclosureOutcome?)null);
                Assert.Equal(expected, (mitigation.Verification, mitigation.Outcome));
            }
            Assert.Contains("CTL-T-04:Fail", entry.UnverifiedMitigations);
            Assert.Contains(entry.ProviderMitigations, m => m.Verification == MitigationVerification.Verified);

            var other = new ThreatModelBuilder(Catalog, null, verification).Entries(new CloudService("other", ServiceModel.SaaS)).First();
            Assert.All(other.ProviderMitigations, m => Assert.Equal(MitigationVerification.NotAssessed, m.Verification));
        }

        [Fact]
        public void Disclosure_ReportsTheWorstOutcome()
        {
            var service = ThreatModelSamples.SaaS;
            // Application security is verified by many lines: hardening, vulnerability assessment, certifications …
            var lines = Catalog.Questionnaire.For(ServiceModel.SaaS).Where(i => i.ProviderControlIds.Contains("CTL-O-02")).Take(3).ToList();
            var verification = new DisclosureVerification();
            verification.Add(Result(service, lines[0], DisclosureOutcome.Partial));
            verification.Add(Result(service, lines[1], DisclosureOutcome.Missing));
            verification.Add(Result(service, lines[2], DisclosureOutcome.Pass));
            Assert.Equal((MitigationVerification.Unverified, (DisclosureOutcome?)DisclosureOutcome.Missing), verification.Of("KINTONE", "CTL-O-02"));
            verification.Add(Result(service, lines[2], DisclosureOutcome.Expired));
            Assert.Equal((MitigationVerification.Unverified, (DisclosureOutcome?)DisclosureOutcome.Expired), verification.Of("kintone", "CTL-O-02"));
        }

        [Fact]
        public void Id_IsStableAndDiffersByServiceAndThreat()
        {
            var first = new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.SaaS);
            var again = new ThreatModelBuilder(ThreatModelSamples.Catalog(Language.Ja)).Entries(ThreatModelSamples.SaaS);
            Assert.Equal(first.Select(e => e.Id), again.Select(e => e.Id));
            Assert.Equal(first.Length, first.Select(e => e.Id).Distinct().Count());
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first[0].Id);
            Assert.NotEqual(first[0].Id, new ThreatModelBuilder(Catalog).Entries(ThreatModelSamples.PaaS)[0].Id);
        }

        private static DisclosureResult Result(CloudService service, QuestionnaireItem item, DisclosureOutcome outcome) =>
            new DisclosureResult(service, item.Id, item, outcome, DisclosureReason.NoRow, "", null, null, null, ValueList<string>.Empty, null, null,
                null, false, new DateTime(2026, 12, 1), Language.En, null, null, null);
    }
}
