using CloudResponsibility.Catalog;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The questionnaire data's rules, each shown on shipped data broken in one place.</summary>
    public sealed class QuestionnaireValidatorTests
    {
        [Fact]
        public void Validate_LineWithoutItsRulesRow_ReportsTheLine()
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Remove(CatalogFiles.QuestionnaireItems, "DIS-05.2").Validate());
            Assert.Equal("questionnaire-items.csv: no row for the questionnaire line 'DIS-05.2'.", problem);
        }

        [Fact]
        public void Validate_RulesRowOfNoLine_ReportsTheId()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "DIS-05.2", "Id", "DIS-05.9").Validate();
            Assert.Contains(problems, p => p.EndsWith("column Id: 'DIS-05.9' is not a check sub-point or disclosure sub-item.", System.StringComparison.Ordinal));
            Assert.Contains("questionnaire-items.csv: no row for the questionnaire line 'DIS-05.2'.", problems);
        }

        [Fact]
        public void Validate_UnknownLayer_ReportsIt()
        {
            Assert.Equal("questionnaire-items.csv row 2, column Layers: 'Building' is not a Layer, nor a ServiceModel and a Layer joined by ':' (IaaS:Virtualization).",
                Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-DC-01.1", "Layers", "Building").Validate()));
        }

        [Fact]
        public void Validate_NotApplicableWithoutAReason_ReportsTheRow()
        {
            Assert.Equal("questionnaire-items.csv row 3: NotApplicableModels and NotApplicableReason must both be given or both be empty.",
                Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-DC-01.2", "NotApplicableModels", "SaaS").Validate()));
        }

        [Fact]
        public void Validate_NotApplicableUnderAModelTheLineDoesNotApplyTo_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "DIS-01.6", "NotApplicableModels", "SaaS;OnPremises").Validate();
            Assert.Contains("DIS-01.6 does not apply under OnPremises at all", Assert.Single(problems));
        }

        [Fact]
        public void Validate_CheckWithoutAModelAndNoExclusion_AsksForTheReason()
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-TE-03", "ServiceModels", "SaaS;PaaS").Validate());
            Assert.Equal("check-items.csv row 6, column ServiceModels: CHK-TE-03 does not apply under IaaS; say why in questionnaire-exclusions.csv.", problem);
        }

        [Fact]
        public void Validate_ExclusionOfAModelTheCheckLists_ReportsTheContradiction()
        {
            var data = EditedCatalogData.FromShipped();
            var problems = data.Set(CatalogFiles.QuestionnaireExclusions, "OnPremises", "ServiceModel", "IaaS").Validate();
            Assert.Contains("questionnaire-exclusions.csv: CHK-TE-05 is excluded under IaaS, which its ServiceModels in check-items.csv lists.", problems);
            Assert.Contains("check-items.csv row 8, column ServiceModels: CHK-TE-05 does not apply under OnPremises; say why in questionnaire-exclusions.csv.", problems);
        }

        [Fact]
        public void Validate_LineExcludedTwice_ReportsIt()
        {
            var data = EditedCatalogData.FromShipped();
            var items = data.Get(CatalogFiles.QuestionnaireExclusions, "OnPremises", "Items");
            Assert.Equal("questionnaire-exclusions.csv row 2, column Items: 'DIS-05.2' is excluded under OnPremises more than once.",
                Assert.Single(data.Set(CatalogFiles.QuestionnaireExclusions, "OnPremises", "Items", items + ";DIS-05.2").Validate()));
        }

        [Fact]
        public void Validate_SpellingOfTwoCertifications_ReportsIt()
        {
            Assert.Equal("certifications.csv row 3: the spelling 'isms' also names ISO27001.",
                Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.Certifications, "ISO27017", "Variants", "ISO/IEC 27017;isms").Validate()));
        }

        [Fact]
        public void Validate_LatinSpellingAmongTheJapaneseOnes_ReportsIt()
        {
            Assert.Equal("certifications.csv row 12, column VariantsJa: 'PMK' has no Japanese text; put it in Variants.",
                Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.Certifications, "PRIVACYMARK", "VariantsJa", "プライバシーマーク;PMK").Validate()));
        }
    }
}
