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
        [InlineData("US", "US", "US", "ExportControlled=true & DataLocation=US & VendorCountry=US")]
        [InlineData("DE", "JP", "DE", "ExportControlled=true & DataLocation=DE")]
        [InlineData("JP;DE;IE", "JP", "JP", "ExportControlled=true & DataLocation=DE;IE")]
        [InlineData("JP", "US", "JP", "ExportControlled=true & VendorCountry=US")]
        [InlineData("JP", "US", "US", "ExportControlled=true & VendorCountry=US")]
        public void Leg02_ExportControlledDataOutsideJapanOrWithAForeignVendor_FiresWhateverTheHomeCountry(string dataLocation, string vendorCountry, string homeCountry, string evidence)
        {
            var finding = Findings(Service(dataLocation, vendorCountry, exportControlled: true), homeCountry).Single(f => f.Id == "LEG-02");

            Assert.Equal(evidence, finding.Evidence);
        }

        [Fact]
        public void Leg01_DataInSeveralCountriesAbroad_NamesEachInTheReasonInBothLanguages()
        {
            var service = Service("DE;IE", "US", exportControlled: false);
            var english = Findings(service, "JP").Single(f => f.Id == "LEG-01");
            var japanese = new LegalEvaluator(CloudCatalog.Default.In(Language.Ja), "JP").Evaluate(service).Single(f => f.Id == "LEG-01");

            Assert.Equal("DataLocation is DE and IE", english.Reason);
            Assert.Equal("DataLocation が DE・IE", japanese.Reason);
            Assert.Equal(new[] { "DE", "IE" }, japanese.TriggerValues);
        }

        [Fact]
        public void Leg02_EveryReasonHolds_TheJapaneseReasonNamesEachFieldAndValue()
        {
            var service = Service("JP;DE;IE", "US", exportControlled: true);
            var finding = new LegalEvaluator(CloudCatalog.Default.In(Language.Ja), "JP").Evaluate(service).Single(f => f.Id == "LEG-02");

            Assert.Equal("ExportControlled が true、DataLocation に DE・IE を含む、VendorCountry が US", finding.Reason);
        }

        [Fact]
        public void Leg03_UsDataAndAUsVendor_NamesBoth()
        {
            var finding = Findings(Service("JP;US", "US", exportControlled: false), "JP").Single(f => f.Id == "LEG-03");

            Assert.Equal("DataLocation includes US; VendorCountry is US", finding.Reason);
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
