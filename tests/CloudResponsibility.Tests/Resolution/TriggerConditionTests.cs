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
        [InlineData("DataLocation=abroad", new[] { "JP", "SG", "US" }, "SG")]
        [InlineData("DataLocation=abroad", new[] { "JP" }, null)]
        [InlineData("DataLocation=!JP", new[] { "JP", "DE" }, "DE")]
        [InlineData("DataLocation=!JP", new[] { "JP" }, null)]
        [InlineData("DataLocation=US", new string[0], null)]
        public void Holds_DataLocation_OnTheFirstLocationThatMatches(string text, string[] locations, string? expected)
        {
            var holds = Condition(text).Holds(Service(locations), "JP", out var actual);
            Assert.Equal(expected is not null, holds);
            if (expected is not null) Assert.Equal(expected, actual);
        }

        [Fact]
        public void Holds_AbroadWithAnotherHomeCountry_IsJudgedFromThatCountry()
        {
            var condition = Condition("DataLocation=abroad");
            Assert.False(condition.Holds(Service(new[] { "US" }), "US", out _));
            Assert.True(condition.Holds(Service(new[] { "US", "JP" }), "US", out var actual));
            Assert.Equal("JP", actual);
            // The home country is matched without regard to case.
            Assert.False(condition.Holds(Service(new[] { "US" }), "us", out _));
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
            Assert.Equal(expected, Condition(text).Holds(Service(vendorCountry: vendorCountry), "JP", out var actual));
            if (expected) Assert.Equal(vendorCountry, actual);
        }

        [Theory]
        [InlineData(true, true)]
        [InlineData(false, false)]
        [InlineData(null, false)] // unknown is not yes: the point is not raised on a guess
        public void Holds_Flag_OnlyWhenTheServiceSaysYes(bool? personalData, bool expected)
        {
            Assert.Equal(expected, Condition("PersonalData=true").Holds(Service(personalData: personalData), "JP", out var actual));
            if (expected) Assert.Equal("true", actual);
        }

        [Fact]
        public void Holds_AFlagOfAnotherAttribute_IsNotReadForThisOne() =>
            Assert.False(Condition("ExportControlled=true").Holds(Service(personalData: true), "JP", out _));

        [Fact]
        public void ToString_IsTheConditionAsWritten() => Assert.Equal("DataLocation=!JP", Condition("DataLocation = !JP").ToString());
    }
}
