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
        public void Evaluate_HomeAndSeveralForeignLocations_NamesEveryForeignOneInTheReason()
        {
            var service = new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("JP", "SG", "US"), personalData: true);
            var findings = Evaluator.Evaluate(service).ToList();
            Assert.Equal(new[] { "LEG-A", "LEG-C", "LEG-D" }, findings.Select(f => f.Id));
            Assert.Equal("DataLocation includes SG and US", findings[0].Reason);
            Assert.Equal("DataLocation includes US", findings[1].Reason);
            Assert.Equal("PersonalData is true; DataLocation includes SG and US", findings[2].Reason);
            Assert.Equal(new[] { "PersonalData", "DataLocation" }, findings[2].TriggerAttributes);
            Assert.Equal(new[] { "true", "SG", "US" }, findings[2].TriggerValues);
            Assert.Equal("PersonalData=true & DataLocation=SG;US", findings[2].Evidence);
        }

        [Fact]
        public void Evaluate_EveryLocationForeign_SaysWhatTheLocationsAre()
        {
            var finding = Evaluator.Evaluate(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("DE", "IE", "FR"))).First();
            Assert.Equal(("LEG-A", "DataLocation is DE, IE and FR"), (finding.Id, finding.Reason));
            Assert.Equal(new[] { "DE", "IE", "FR" }, finding.TriggerValues);
        }

        [Fact]
        public void Evaluate_BothAlternativesHold_TheReasonNamesBoth()
        {
            var finding = Evaluator.Evaluate(new CloudService("S", ServiceModel.SaaS, vendorCountry: "US", dataLocation: Locations("US"))).Single(f => f.Id == "LEG-C");
            Assert.Equal("VendorCountry is US; DataLocation is US", finding.Reason);
            Assert.Equal(new[] { "VendorCountry", "DataLocation" }, finding.TriggerAttributes);
        }

        [Fact]
        public void Evaluate_NotJapanWithSeveralLocations_NamesEveryOneOutsideJapan()
        {
            // !JP is judged against Japan whatever the home country: the US, home here, counts.
            var american = new LegalEvaluator(TestCatalog.With(("LEG-D", "PersonalData=true & DataLocation=!JP")), "US");
            var finding = american.Evaluate(new CloudService("S", ServiceModel.SaaS, dataLocation: Locations("DE", "JP", "US", "IE"), personalData: true)).Single();
            Assert.Equal(new[] { "true", "DE", "US", "IE" }, finding.TriggerValues);
            Assert.Equal("PersonalData is true; DataLocation includes DE, US and IE", finding.Reason);
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
