using System;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>Which legal points a service triggers, judged from the customer's home country.</summary>
    public sealed class LegalEvaluatorTests
    {
        private static readonly LegalEvaluator Evaluator = new LegalEvaluator(TestCatalog.With(
            ("LEG-A", "DataLocation=abroad"),
            ("LEG-B", "ExportControlled=true & DataLocation=abroad"),
            ("LEG-C", "VendorCountry=US | DataLocation=US"),
            ("LEG-D", "PersonalData=true & DataLocation=!JP")));

        private static string[] Ids(CloudService service, LegalEvaluator? evaluator = null) =>
            (evaluator ?? Evaluator).Evaluate(service).Select(f => f.Id).ToArray();

        private static ValueList<string> Locations(params string[] codes) => new ValueList<string>(codes);

        [Fact]
        public void Evaluate_DataAtHomeOnly_TriggersNoLocationPoint() =>
            Assert.Empty(Ids(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("JP"), personalData: true, exportControlled: true)));

        [Fact]
        public void Evaluate_SeveralLocations_OneAbroadTriggersAndIsTheReason()
        {
            var service = new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("JP", "SG", "US"), personalData: true);
            var findings = Evaluator.Evaluate(service).ToList();
            Assert.Equal(new[] { "LEG-A", "LEG-C", "LEG-D" }, findings.Select(f => f.Id));
            Assert.Equal("DataLocation=SG", findings[0].Reason);
            Assert.Equal("DataLocation=US", findings[1].Reason);
            Assert.Equal("PersonalData=true & DataLocation=SG", findings[2].Reason);
            Assert.Equal(new[] { "PersonalData", "DataLocation" }, findings[2].TriggerAttributes);
            Assert.Equal(new[] { "true", "SG" }, findings[2].TriggerValues);
        }

        [Fact]
        public void Evaluate_NotJapan_IsNotTriggeredByJapanAlone()
        {
            Assert.DoesNotContain("LEG-D", Ids(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("JP"), personalData: true)));
            Assert.Contains("LEG-D", Ids(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("JP", "DE"), personalData: true)));
        }

        [Fact]
        public void Evaluate_AnotherHomeCountry_MovesWhatAbroadMeans()
        {
            var american = new LegalEvaluator(TestCatalog.With(("LEG-A", "DataLocation=abroad")), "us");
            Assert.Equal("US", american.HomeCountry);
            Assert.Empty(Ids(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("US")), american));
            Assert.Equal(new[] { "LEG-A" }, Ids(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("US", "JP")), american));
        }

        [Fact]
        public void Evaluate_AFinding_CarriesTheServiceAndThePoint()
        {
            var service = new CloudService("CRM", ServiceModel.SaaS, vendor: "Acme", vendorCountry: "US");
            var finding = Assert.Single(Evaluator.Evaluate(service));
            Assert.Same(service, finding.Service);
            Assert.Equal("LEG-C", finding.Consideration.Id);
            Assert.Equal(("CRM", "Acme", "JP"), (finding.ServiceName, finding.Vendor, finding.HomeCountry));
        }

        [Theory]
        [InlineData("JPN")]
        [InlineData("")]
        [InlineData(" ")]
        public void Constructor_AHomeCountryThatIsNoAlpha2Code_Throws(string home) =>
            Assert.Throws<ArgumentException>(() => new LegalEvaluator(TestCatalog.With(), home));
    }
}
