using System;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>
    /// The trigger syntax of legal-considerations.csv, as its README documents it: each kind of
    /// condition holds exactly when the README says, against the service and the home country.
    /// </summary>
    public sealed class TriggerSyntaxTests
    {
        [Theory]
        [InlineData("US", "JP", true)]
        [InlineData("US", "US", true)]
        [InlineData("DE", "DE", true)]
        [InlineData("JP", "JP", false)]
        [InlineData("JP", "US", false)]
        public void VendorCountryNotCode_AnyHomeCountry_HoldsForAVendorOutsideThatCountry(string vendorCountry, string homeCountry, bool holds)
        {
            var trigger = LegalTrigger.Parse("VendorCountry=!JP");

            var matches = trigger.Evaluate(Service(vendorCountry: vendorCountry), homeCountry);

            Assert.Equal(holds, matches is not null);
            if (holds) Assert.Equal("VendorCountry=" + vendorCountry, Assert.Single(matches!).ToString());
        }

        [Theory]
        [InlineData("US", "JP", true)]
        [InlineData("JP", "US", true)]
        [InlineData("US", "US", false)]
        public void VendorCountryAbroad_HomeCountry_HoldsForAVendorOutsideTheHomeCountry(string vendorCountry, string homeCountry, bool holds)
        {
            Assert.Equal(holds, LegalTrigger.Parse("VendorCountry=abroad").Evaluate(Service(vendorCountry: vendorCountry), homeCountry) is not null);
        }

        [Theory]
        [InlineData("VendorCountry=US")]
        [InlineData("VendorCountry=!JP")]
        [InlineData("VendorCountry=abroad")]
        public void VendorCountryCondition_VendorCountryUnknown_DoesNotHold(string text)
        {
            Assert.Null(LegalTrigger.Parse(text).Evaluate(Service(vendorCountry: null), "JP"));
        }

        [Theory]
        [InlineData("JP;US", "JP", "US")]
        [InlineData("US", "US", "US")]
        [InlineData("SG;DE", "DE", "SG;DE")]
        [InlineData("JP;US;SG", "JP", "US;SG")]
        public void DataLocationNotCode_AnyHomeCountry_HoldsForEveryLocationOutsideThatCountry(string locations, string homeCountry, string reported)
        {
            var matches = LegalTrigger.Parse("DataLocation=!JP").Evaluate(Service(dataLocation: locations), homeCountry);

            Assert.Equal("DataLocation=" + reported, Assert.Single(matches!).ToString());
        }

        [Theory]
        [InlineData("JP", "US")]
        [InlineData("", "JP")]
        public void DataLocationNotCode_DataInThatCountryOrUnknown_DoesNotHold(string locations, string homeCountry)
        {
            Assert.Null(LegalTrigger.Parse("DataLocation=!JP").Evaluate(Service(dataLocation: locations), homeCountry));
        }

        [Fact]
        public void Evaluate_Alternatives_ReportsEachThatHoldsWithAllItsConditions()
        {
            var trigger = LegalTrigger.Parse("ExportControlled=true & DataLocation=!JP | ExportControlled=true & VendorCountry=!JP");

            var matches = trigger.Evaluate(Service(dataLocation: "JP", vendorCountry: "US", exportControlled: true), "JP");

            Assert.Equal("ExportControlled=true & VendorCountry=US", string.Join(" & ", matches!.Select(m => m.ToString())));
            var both = trigger.Evaluate(Service(dataLocation: "JP;US", vendorCountry: "US", exportControlled: true), "JP");
            Assert.Equal("ExportControlled=true & DataLocation=US & VendorCountry=US", string.Join(" & ", both!.Select(m => m.ToString())));
            Assert.Null(trigger.Evaluate(Service(dataLocation: "US", vendorCountry: "US", exportControlled: false), "JP"));
        }

        [Theory]
        [InlineData("VendorCountry=!")]
        [InlineData("VendorCountry=!jp")]
        [InlineData("VendorCountry=!JPN")]
        [InlineData("VendorCountry=!abroad")]
        [InlineData("DataLocation=JP!")]
        [InlineData("ExportControlled=!true")]
        [InlineData("ExportControlled=true &")]
        public void TryParse_MalformedCondition_FailsWithAReason(string text)
        {
            Assert.False(LegalTrigger.TryParse(text, out var trigger, out var error));
            Assert.Null(trigger);
            Assert.NotEmpty(error);
        }

        private static CloudService Service(string dataLocation = "", string? vendorCountry = null, bool? exportControlled = null) =>
            new CloudService("Service", ServiceModel.SaaS,
                dataLocation: new ValueList<string>(dataLocation.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)),
                exportControlled: exportControlled, vendorCountry: vendorCountry);
    }
}
