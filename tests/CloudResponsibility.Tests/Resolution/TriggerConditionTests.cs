using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>One condition of a legal trigger against a service: countries, "abroad", "!code" and flags.</summary>
    public sealed class TriggerConditionTests
    {
        private static TriggerCondition Condition(string text) => Assert.Single(Assert.Single(LegalTrigger.Parse(text).Alternatives));

        private static CloudService Service(string[]? locations = null, string? vendorCountry = null, bool? personalData = null, bool? exportControlled = null) =>
            new CloudService("S", ServiceModel.SaaS, dataLocation: locations is null ? null : new ValueList<string>(locations),
                vendorCountry: vendorCountry, personalData: personalData, exportControlled: exportControlled);

        [Theory]
        [InlineData("DataLocation=US", new[] { "JP", "US" }, "US")]
        [InlineData("DataLocation=abroad", new[] { "JP", "SG", "US" }, "SG;US")]
        [InlineData("DataLocation=abroad", new[] { "DE", "IE" }, "DE;IE")]
        [InlineData("DataLocation=abroad", new[] { "JP" }, null)]
        [InlineData("DataLocation=!JP", new[] { "JP", "DE" }, "DE")]
        [InlineData("DataLocation=!JP", new[] { "DE", "JP", "IE", "US" }, "DE;IE;US")]
        [InlineData("DataLocation=!JP", new[] { "JP" }, null)]
        [InlineData("DataLocation=US", new string[0], null)]
        public void MatchingValues_DataLocation_EveryLocationThatMatchesInTheServicesOrder(string text, string[] locations, string? expected)
        {
            var condition = Condition(text);
            Assert.Equal(expected is not null, condition.Holds(Service(locations), "JP"));
            Assert.Equal(expected ?? string.Empty, string.Join(";", condition.MatchingValues(Service(locations), "JP")));
        }

        [Fact]
        public void Holds_AbroadWithAnotherHomeCountry_IsJudgedFromThatCountry()
        {
            var condition = Condition("DataLocation=abroad");
            Assert.False(condition.Holds(Service(new[] { "US" }), "US"));
            Assert.True(condition.Holds(Service(new[] { "US", "JP" }), "US"));
            Assert.Equal(new[] { "JP" }, condition.MatchingValues(Service(new[] { "US", "JP" }), "US"));
            // The home country is matched without regard to case.
            Assert.False(condition.Holds(Service(new[] { "US" }), "us"));
        }

        [Theory]
        [InlineData("VendorCountry=abroad", "US", true)]
        [InlineData("VendorCountry=abroad", "JP", false)]
        [InlineData("VendorCountry=abroad", null, false)]
        [InlineData("VendorCountry=!US", "JP", true)]
        [InlineData("VendorCountry=!US", "US", false)]
        [InlineData("VendorCountry=CN", "CN", true)]
        public void Holds_VendorCountry_ReadsTheOneCountry(string text, string? vendorCountry, bool expected)
        {
            Assert.Equal(expected, Condition(text).Holds(Service(vendorCountry: vendorCountry), "JP"));
            Assert.Equal(expected ? new[] { vendorCountry! } : new string[0], Condition(text).MatchingValues(Service(vendorCountry: vendorCountry), "JP"));
        }

        [Theory]
        [InlineData(true, true)]
        [InlineData(false, false)]
        [InlineData(null, false)] // unknown is not yes: the point is not raised on a guess
        public void Holds_Flag_OnlyWhenTheServiceSaysYes(bool? personalData, bool expected)
        {
            Assert.Equal(expected, Condition("PersonalData=true").Holds(Service(personalData: personalData), "JP"));
            Assert.Equal(expected ? new[] { "true" } : new string[0], Condition("PersonalData=true").MatchingValues(Service(personalData: personalData), "JP"));
        }

        [Fact]
        public void Holds_AFlagOfAnotherAttribute_IsNotReadForThisOne() =>
            Assert.False(Condition("ExportControlled=true").Holds(Service(personalData: true), "JP"));

        [Fact]
        public void ToString_IsTheConditionAsWritten() => Assert.Equal("DataLocation=!JP", Condition("DataLocation = !JP").ToString());
    }
}
