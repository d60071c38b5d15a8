using System;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The threat-relevance rules of the shipped catalog, and the validator's rules for them.</summary>
    public sealed class ThreatRelevanceTests
    {
        private static readonly CatalogView Catalog = CloudCatalog.Default.In(Language.En);

        private static CloudService Service(ServiceModel model, DeploymentModel? deployment = null, bool? medical = null, bool? exportControlled = null) =>
            new CloudService("svc", model, deploymentModel: deployment, medicalData: medical, exportControlled: exportControlled);

        [Theory]
        [InlineData(ServiceModel.SaaS, DeploymentModel.Public, "TR-09", ThreatRelevance.High)]
        [InlineData(ServiceModel.PaaS, DeploymentModel.Community, "TR-09", ThreatRelevance.High)]
        [InlineData(ServiceModel.IaaS, DeploymentModel.Hybrid, "TR-09", ThreatRelevance.High)]
        [InlineData(ServiceModel.SaaS, DeploymentModel.Private, "TR-07", ThreatRelevance.Low)]
        [InlineData(ServiceModel.OnPremises, DeploymentModel.Private, "TR-05", ThreatRelevance.NotApplicable)]
        public void TenantAttack_DependsOnSharedTenancy(ServiceModel model, DeploymentModel deployment, string rule, ThreatRelevance relevance)
        {
            var decided = Catalog.RelevanceOf("TH-02", Service(model, deployment))!;
            Assert.Equal((rule, relevance), (decided.Id, decided.Relevance));
        }

        [Fact]
        public void TenantAttack_WithoutDeploymentModel_IsMediumAndSaysToRecordIt()
        {
            var decided = Catalog.RelevanceOf("TH-02", Service(ServiceModel.SaaS))!;
            Assert.Equal(("TR-10", ThreatRelevance.Medium), (decided.Id, decided.Relevance));
            Assert.Contains("record it", decided.Rationale, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(true, null)]
        [InlineData(null, true)]
        public void SensitiveData_RaisesTheDataLeakThreats(bool? medical, bool? exportControlled)
        {
            var privateCloud = Service(ServiceModel.PaaS, DeploymentModel.Private, medical, exportControlled);
            Assert.Equal(ThreatRelevance.Medium, Catalog.RelevanceOf("TH-02", privateCloud)!.Relevance);
            Assert.Equal(ThreatRelevance.Low, Catalog.RelevanceOf("TH-02", Service(ServiceModel.PaaS, DeploymentModel.Private))!.Relevance);
            Assert.Equal(ThreatRelevance.High, Catalog.RelevanceOf("TH-01", privateCloud)!.Relevance);
            Assert.Equal(ThreatRelevance.Medium, Catalog.RelevanceOf("TH-01", Service(ServiceModel.PaaS, DeploymentModel.Private))!.Relevance);
            Assert.Equal(ThreatRelevance.High, Catalog.RelevanceOf("TH-04", privateCloud)!.Relevance);
        }

        [Fact]
        public void DataFlagNo_DoesNotMatch()
        {
            Assert.Equal("TR-07", Catalog.RelevanceOf("TH-02", Service(ServiceModel.SaaS, DeploymentModel.Private, medical: false, exportControlled: false))!.Id);
        }

        [Theory]
        [InlineData(ServiceModel.IaaS, ThreatRelevance.High)]
        [InlineData(ServiceModel.PaaS, ThreatRelevance.Medium)]
        [InlineData(ServiceModel.SaaS, ThreatRelevance.Low)]
        public void SteppingStone_DependsOnWhatTheCustomerRuns(ServiceModel model, ThreatRelevance relevance)
        {
            Assert.Equal(relevance, Catalog.RelevanceOf("TH-03", Service(model, DeploymentModel.Public))!.Relevance);
        }

        [Fact]
        public void EveryThreat_HasARuleForEveryCombinationOfModels()
        {
            var deployments = Enum.GetValues(typeof(DeploymentModel)).Cast<DeploymentModel?>().Append(null);
            foreach (var threat in Catalog.Threats)
                foreach (ServiceModel model in Enum.GetValues(typeof(ServiceModel)))
                    foreach (var deployment in deployments)
                        foreach (var flag in new bool?[] { null, true, false })
                            Assert.NotNull(Catalog.RelevanceOf(threat.Id, new CloudService("s", model, deploymentModel: deployment, personalData: flag, euPersonalData: flag, medicalData: flag, exportControlled: flag)));
        }

        [Fact]
        public void Rules_AreInBothLanguages()
        {
            var japanese = CloudCatalog.Default.In(Language.Ja).RelevanceRules;
            Assert.Equal(Catalog.RelevanceRules.Select(r => r.Id), japanese.Select(r => r.Id));
            Assert.All(japanese.Zip(Catalog.RelevanceRules), pair => Assert.NotEqual(pair.First.Rationale, pair.Second.Rationale));
        }

        [Fact]
        public void Validate_RuleAfterTheDefault_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.ThreatRelevance, "TR-16", "DataFlags", "").Validate();
            Assert.Contains(problems, p => p.StartsWith("threat-relevance.csv row 18: TH-05 already has a rule without conditions on row 17", StringComparison.Ordinal));
        }

        [Fact]
        public void Validate_ThreatWithoutADefault_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Remove(CatalogFiles.ThreatRelevance, "TR-17").Validate();
            Assert.Equal("threat-relevance.csv: TH-05 has no rule without conditions as its last rule, so some services would get no relevance.", Assert.Single(problems));
        }

        [Theory]
        [InlineData("Threat", "TH-09", "'TH-09' is not a known threat.")]
        [InlineData("ServiceModels", "XaaS", "'XaaS' is not a known service model.")]
        [InlineData("DeploymentModels", "Shared", "'Shared' is not a known deployment model.")]
        [InlineData("DataFlags", "Secret", "'Secret' is not a known data flag")]
        [InlineData("Relevance", "Critical", "'Critical' is not one of NotApplicable, Low, Medium, High.")]
        public void Validate_UnknownValue_ReportsTheCell(string column, string value, string message)
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.ThreatRelevance, "TR-01", column, value).Validate();
            Assert.Contains(problems, p => p.StartsWith($"threat-relevance.csv row 2, column {column}: ", StringComparison.Ordinal) && p.Contains(message, StringComparison.Ordinal));
        }
    }
}
