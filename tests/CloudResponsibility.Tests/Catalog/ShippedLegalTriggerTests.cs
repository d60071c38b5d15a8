using System;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The shipped legal points fire for the services the law reaches, whatever the customer's home country.</summary>
    public sealed class ShippedLegalTriggerTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);

        [Theory]
        [InlineData("US", "JP", "JP", "ExportControlled=true & DataLocation=US")]
        [InlineData("US", "US", "US", "ExportControlled=true & DataLocation=US")]
        [InlineData("DE", "JP", "DE", "ExportControlled=true & DataLocation=DE")]
        [InlineData("JP", "US", "JP", "ExportControlled=true & VendorCountry=US")]
        [InlineData("JP", "US", "US", "ExportControlled=true & VendorCountry=US")]
        public void Leg02_ExportControlledDataOutsideJapanOrWithAForeignVendor_FiresWhateverTheHomeCountry(string dataLocation, string vendorCountry, string homeCountry, string reason)
        {
            var finding = Findings(Service(dataLocation, vendorCountry, exportControlled: true), homeCountry).Single(f => f.Id == "LEG-02");

            Assert.Equal(reason, finding.Reason);
        }

        [Theory]
        [InlineData("JP", "JP", "US", true)]
        [InlineData("JP", "JP", "JP", true)]
        [InlineData("JP", null, "JP", true)]
        [InlineData("US", "US", "JP", false)]
        public void Leg02_DataAndVendorInJapanOrNotExportControlled_DoesNotFire(string dataLocation, string? vendorCountry, string homeCountry, bool exportControlled)
        {
            Assert.DoesNotContain(Findings(Service(dataLocation, vendorCountry, exportControlled), homeCountry), f => f.Id == "LEG-02");
        }

        private static CloudService Service(string dataLocation, string? vendorCountry, bool exportControlled) =>
            new CloudService("Service", ServiceModel.IaaS,
                dataLocation: new ValueList<string>(dataLocation.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)),
                exportControlled: exportControlled, vendorCountry: vendorCountry);

        private static ServiceLegalFinding[] Findings(CloudService service, string homeCountry) =>
            new LegalEvaluator(English, homeCountry).Evaluate(service).ToArray();
    }
}
