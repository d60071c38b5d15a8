using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>Contract overrides from a file, over the inventory's own: the later statement of the contract wins.</summary>
    public sealed class OverrideSetTests
    {
        private static readonly ContractOverride OwnData = new ContractOverride(Layer.Data, Owner.Shared, "inventory cell");
        private static readonly ContractOverride OwnNetwork = new ContractOverride(Layer.Network, Owner.Customer, null);

        private static CloudService Service(string name = "CRM") =>
            new CloudService(name, ServiceModel.SaaS, contractOverrides: new ValueList<ContractOverride>(new[] { OwnData, OwnNetwork }));

        [Fact]
        public void For_ALayerTheFileSets_IsTheFilesOverride()
        {
            var set = new OverrideSet();
            var fromFile = new ContractOverride(Layer.Data, Owner.Provider, "Art. 12");
            set.Add("CRM", fromFile);
            Assert.Same(fromFile, set.For(Service(), Layer.Data));
        }

        [Fact]
        public void For_ALayerOnlyTheInventorySets_IsTheInventorysOverride()
        {
            var set = new OverrideSet();
            set.Add("CRM", new ContractOverride(Layer.Data, Owner.Provider, null));
            Assert.Same(OwnNetwork, set.For(Service(), Layer.Network));
        }

        [Fact]
        public void Unmatched_AServiceNoLookupFound_IsReportedWithItsFileAndRow()
        {
            var (set, errors) = ContractOverrideFile.Parse("ServiceName,Layer,Owner\nCRM,Data,Provider\nCRMM,Data,Provider\nＣＲＭ,Network,Provider\n", "overrides.csv");
            Assert.Empty(errors);
            set.For(Service(), Layer.Data);
            Assert.Equal(new[] { ("CRMM", (string?)"overrides.csv", (long?)3) }, set.Unmatched());
        }

        [Fact]
        public void Unmatched_BeforeAnyLookup_IsEveryService()
        {
            var set = new OverrideSet();
            set.Add("CRM", new ContractOverride(Layer.Data, Owner.Provider, null));
            set.Add("ERP", new ContractOverride(Layer.Data, Owner.Provider, null));
            Assert.Equal(new[] { "CRM", "ERP" }, set.Unmatched().Select(u => u.ServiceName));
        }

        [Fact]
        public void For_ALayerNobodySets_IsNull() => Assert.Null(new OverrideSet().For(Service(), Layer.Facility));

        [Fact]
        public void Add_TheSameLayerTwice_TheLaterOverrideReplacesTheEarlier()
        {
            var set = new OverrideSet();
            set.Add("CRM", new ContractOverride(Layer.Data, Owner.Provider, "first"));
            var later = new ContractOverride(Layer.Data, Owner.Customer, "amendment");
            set.Add("crm ", later);
            Assert.Equal(1, set.Count);
            Assert.Same(later, set.For(Service(), Layer.Data));
        }

        [Fact]
        public void For_ServiceNames_MatchTrimmedWithoutRegardToCase()
        {
            var set = new OverrideSet();
            var fromFile = new ContractOverride(Layer.Data, Owner.Provider, null);
            set.Add("  crm", fromFile);
            Assert.Same(fromFile, set.For(Service(" CRM "), Layer.Data));
            Assert.Same(OwnData, set.For(Service("CRM2"), Layer.Data));
        }

        [Fact]
        public void Empty_IsANewSetEachTime()
        {
            OverrideSet.Empty.Add("CRM", new ContractOverride(Layer.Data, Owner.Provider, null));
            Assert.Equal(0, OverrideSet.Empty.Count);
        }
    }
}
