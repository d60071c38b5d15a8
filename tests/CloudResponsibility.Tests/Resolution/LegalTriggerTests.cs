using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>Legal triggers: alternatives separated by |, each of conditions joined by &amp;.</summary>
    public sealed class LegalTriggerTests
    {
        [Theory]
        [InlineData("DataLocation=abroad")]
        [InlineData("ExportControlled=true & DataLocation=abroad")]
        [InlineData("DataLocation=US | VendorCountry=US")]
        [InlineData("EuPersonalData=true|DataLocation=EU&PersonalData=true")]
        [InlineData("VendorCountry=!JP")]
        public void TryParse_ValidTrigger_Succeeds(string text)
        {
            Assert.True(LegalTrigger.TryParse(text, out var trigger, out var error), error);
            Assert.Equal(text.Trim(), trigger!.Text);
        }

        [Theory]
        [InlineData("DataLocation", "Attribute=Value")]
        [InlineData("=US", "Attribute=Value")]
        [InlineData("DataLocation=", "Attribute=Value")]
        [InlineData("Location=US", "is not an attribute")]
        [InlineData("dataLocation=US", "is not an attribute")]
        [InlineData("DataLocation=USA", "not a valid value")]
        [InlineData("DataLocation=us", "not a valid value")]
        [InlineData("DataLocation=!usa", "not a valid value")]
        [InlineData("PersonalData=yes", "not a valid value")]
        [InlineData("DataLocation=US|", "Attribute=Value")]
        public void TryParse_InvalidTrigger_SaysWhatIsWrong(string text, string expected)
        {
            Assert.False(LegalTrigger.TryParse(text, out var trigger, out var error));
            Assert.Null(trigger);
            Assert.Contains(expected, error);
        }

        [Fact]
        public void Attributes_AreEachReadOnceInOrder() =>
            Assert.Equal(new[] { TriggerAttribute.DataLocation, TriggerAttribute.PersonalData, TriggerAttribute.VendorCountry },
                LegalTrigger.Parse("DataLocation=abroad & PersonalData=true | VendorCountry=US & DataLocation=US").Attributes);

        [Fact]
        public void Evaluate_AllConditionsOfAnAlternative_MustHold()
        {
            var trigger = LegalTrigger.Parse("ExportControlled=true & DataLocation=abroad");
            Assert.Null(trigger.Evaluate(new CloudService("S", ServiceModel.IaaS, exportControlled: true, dataLocation: new ValueList<string>(new[] { "JP" })), "JP"));
            Assert.Null(trigger.Evaluate(new CloudService("S", ServiceModel.IaaS, exportControlled: false, dataLocation: new ValueList<string>(new[] { "US" })), "JP"));
            var matches = trigger.Evaluate(new CloudService("S", ServiceModel.IaaS, exportControlled: true, dataLocation: new ValueList<string>(new[] { "JP", "US" })), "JP");
            Assert.Equal(new[] { "ExportControlled=true", "DataLocation=US" }, matches!.Select(m => m.ToString()));
        }

        [Fact]
        public void Evaluate_SeveralLocationsAbroad_NamesEveryOne()
        {
            var trigger = LegalTrigger.Parse("ExportControlled=true & DataLocation=abroad");
            var matches = trigger.Evaluate(new CloudService("S", ServiceModel.IaaS, exportControlled: true, dataLocation: new ValueList<string>(new[] { "DE", "JP", "IE" })), "JP");
            Assert.Equal(new[] { "ExportControlled=true", "DataLocation=DE;IE" }, matches!.Select(m => m.ToString()));
        }

        [Fact]
        public void Evaluate_SeveralAlternativesHold_EachGivesItsReason()
        {
            var trigger = LegalTrigger.Parse("VendorCountry=US | DataLocation=abroad");
            var both = new CloudService("S", ServiceModel.SaaS, vendorCountry: "US", dataLocation: new ValueList<string>(new[] { "SG" }));
            Assert.Equal(new[] { "VendorCountry=US", "DataLocation=SG" }, trigger.Evaluate(both, "JP")!.Select(m => m.ToString()));
            var second = new CloudService("S", ServiceModel.SaaS, vendorCountry: "JP", dataLocation: new ValueList<string>(new[] { "SG" }));
            Assert.Equal("DataLocation=SG", Assert.Single(trigger.Evaluate(second, "JP")!).ToString());
        }

        [Fact]
        public void Evaluate_AlternativesSharingACondition_NameItOnceAndMergeTheValuesOfAnAttribute()
        {
            // LEG-02's form: Japan's law, judged against Japan, by where the data is and who holds it.
            var trigger = LegalTrigger.Parse("ExportControlled=true & DataLocation=!JP | ExportControlled=true & VendorCountry=!JP | DataLocation=US");
            var service = new CloudService("S", ServiceModel.IaaS, exportControlled: true, vendorCountry: "US",
                dataLocation: new ValueList<string>(new[] { "JP", "US", "IE" }));
            Assert.Equal(new[] { "ExportControlled=true", "DataLocation=US;IE", "VendorCountry=US" }, trigger.Evaluate(service, "US")!.Select(m => m.ToString()));
        }

        [Fact]
        public void Parse_AnInvalidTrigger_Throws() =>
            Assert.Throws<System.FormatException>(() => LegalTrigger.Parse("Nope=1"));
    }
}
