using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>A service's matrix: the general split of its model, with the contract's overrides applied.</summary>
    public sealed class MatrixResolverTests
    {
        [Theory]
        [InlineData(ServiceModel.SaaS)]
        [InlineData(ServiceModel.PaaS)]
        [InlineData(ServiceModel.IaaS)]
        [InlineData(ServiceModel.OnPremises)]
        public void Resolve_AServiceWithoutOverrides_IsTheGeneralSplitOfItsModelLayerByLayer(ServiceModel model)
        {
            var service = new CloudService("S", model);
            var rows = new MatrixResolver(TestCatalog.With()).Resolve(service);
            Assert.Equal(TestCatalog.Layers, rows.Select(r => r.Layer));
            Assert.All(rows, row =>
            {
                Assert.Equal(TestCatalog.GeneralOwner(model, row.Layer), row.Owner);
                Assert.Equal(row.GeneralOwner, row.Owner);
                Assert.False(row.IsOverridden);
                Assert.Null(row.Clause);
                Assert.Same(service, row.Service);
            });
        }

        [Fact]
        public void Resolve_TheInventorysOverride_SetsTheOwnerAndKeepsTheGeneralOne()
        {
            var service = new CloudService("S", ServiceModel.SaaS,
                contractOverrides: new ValueList<ContractOverride>(new[] { new ContractOverride(Layer.Application, Owner.Shared, "Art. 3") }));
            var row = new MatrixResolver(TestCatalog.With()).Resolve(service).Single(r => r.Layer == Layer.Application);
            Assert.Equal((Owner.Shared, Owner.Provider, true, "Art. 3"), (row.Owner, row.GeneralOwner, row.IsOverridden, row.Clause));
        }

        [Fact]
        public void Resolve_AnOverrideOfAnOverride_TheFileWinsOverTheInventoryAndOnlyForItsLayer()
        {
            var service = new CloudService("S", ServiceModel.IaaS, contractOverrides: new ValueList<ContractOverride>(new[]
            {
                new ContractOverride(Layer.Data, Owner.Shared, "inventory"),
                new ContractOverride(Layer.Network, Owner.Shared, "inventory"),
            }));
            var file = new OverrideSet();
            file.Add("s", new ContractOverride(Layer.Data, Owner.Provider, "amendment 2"));
            var rows = new MatrixResolver(TestCatalog.With(), file).Resolve(service).ToDictionary(r => r.Layer);
            Assert.Equal((Owner.Provider, "amendment 2"), (rows[Layer.Data].Owner, rows[Layer.Data].Clause));
            Assert.Equal((Owner.Shared, "inventory"), (rows[Layer.Network].Owner, rows[Layer.Network].Clause));
            Assert.False(rows[Layer.GuestOS].IsOverridden);
        }

        [Fact]
        public void Resolve_AFileOverrideOfAnotherService_ChangesNothing()
        {
            var file = new OverrideSet();
            file.Add("Other", new ContractOverride(Layer.Data, Owner.Provider, null));
            Assert.All(new MatrixResolver(TestCatalog.With(), file).Resolve(new CloudService("S", ServiceModel.SaaS)), row => Assert.False(row.IsOverridden));
        }

        [Fact]
        public void Resolve_TheRows_CarryTheServicesAttributes()
        {
            var service = new CloudService("S", ServiceModel.SaaS, vendor: "Acme", vendorCountry: "US", owner: "IT", medicalData: true,
                dataLocation: new ValueList<string>(new[] { "JP", "US" }));
            var row = new MatrixResolver(TestCatalog.With()).Resolve(service)[0];
            Assert.Equal(("S", "Acme", "US", "IT", true, "JP;US"), (row.ServiceName, row.Vendor, row.VendorCountry, row.ServiceOwner, row.MedicalData, row.DataLocation.ToString()));
            Assert.Equal((int)Layer.Data, row.LayerOrder);
        }
    }
}
