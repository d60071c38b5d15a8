using System.Linq;
using CloudResponsibility.Catalog;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The validator's rules, each shown on shipped data broken in one place.</summary>
    public sealed class CatalogValidatorTests
    {
        [Fact]
        public void Validate_ShippedDataCopied_FindsNoProblem()
        {
            Assert.Empty(EditedCatalogData.FromShipped().Validate());
        }

        [Theory]
        [InlineData("Version", "1.1", "catalog-info.csv row 2, column Value: '1.1' is not a semantic version such as 1.2.0.")]
        [InlineData("Version", "v1.1.0", "catalog-info.csv row 2, column Value: 'v1.1.0' is not a semantic version such as 1.2.0.")]
        [InlineData("Updated", "2026/12/04", "catalog-info.csv row 3, column Value: '2026/12/04' is not an ISO date such as 2026-12-04.")]
        public void Validate_CatalogInfoMalformed_ReportsTheCell(string key, string value, string problem)
        {
            Assert.Equal(problem, Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.Info, key, "Value", value).Validate()));
        }

        [Theory]
        [InlineData("CSO §3; added")]
        [InlineData("CSO §3; MIC-GL3 I.6.3; added")]
        [InlineData("added")]
        public void Validate_SourceMarkedAsAnAddition_Accepts(string source)
        {
            Assert.Empty(EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-TE-01", "Source", source).Validate());
        }

        [Theory]
        [InlineData("added; CSO §3")]
        [InlineData("CSO §3; Added")]
        [InlineData("CSO §3; added; added")]
        [InlineData("CSO §3;added")]
        [InlineData("CSO §3 (added)")]
        public void Validate_AdditionMarkerMisplacedOrMisspelt_ReportsTheCell(string source)
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-TE-01", "Source", source).Validate());

            Assert.StartsWith("check-items.csv row 4, column Source: '" + source + "'", problem);
        }

        [Fact]
        public void Validate_ControlNoCheckVerifiesWithoutAReason_ReportsIt()
        {
            // The state before CHK-TE-02 linked access control: no line verified it either.
            var problems = WithoutAccessControl().Validate();

            Assert.StartsWith("provider-controls.csv row 7: no check item verifies CTL-T-06;", Assert.Single(problems));
        }

        [Fact]
        public void Validate_ControlNoCheckVerifiesWithAReason_Accepts()
        {
            var data = WithoutAccessControl()
                .Set(CatalogFiles.ProviderControls, "CTL-T-06", "NoCheckReasonJa", "確認項目がない。")
                .Set(CatalogFiles.ProviderControls, "CTL-T-06", "NoCheckReasonEn", "No check asks about it.");

            Assert.Empty(data.Validate());
        }

        [Fact]
        public void Validate_ReasonForAControlAChecksVerifies_ReportsItAsStale()
        {
            var problems = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.ProviderControls, "CTL-T-01", "NoCheckReasonJa", "確認項目がない。")
                .Set(CatalogFiles.ProviderControls, "CTL-T-01", "NoCheckReasonEn", "No check asks about it.")
                .Validate();

            Assert.Equal("provider-controls.csv row 2, column NoCheckReasonEn: CTL-T-01 is verified by CHK-TE-02; the reason why no check verifies it must go.", Assert.Single(problems));
        }

        [Fact]
        public void Validate_UncoveredSubPointOfAnotherCheck_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-DC-01", "UncoveredSubPoints", "CHK-DC-01.1;CHK-DC-01.2;CHK-DC-01.3;CHK-DC-02.1").Validate();

            Assert.Equal("check-items.csv row 2, column UncoveredSubPoints: 'CHK-DC-02.1' is not a sub-point of CHK-DC-01.", Assert.Single(problems));
        }

        [Fact]
        public void Validate_UncoveredSubPointsWithoutGapNote_ReportsIt()
        {
            // Time synchronisation as if no measure covered it: logging stays verified by the other lines.
            var problems = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.CheckItems, "CHK-TE-06", "UncoveredSubPoints", "CHK-TE-06.3")
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-06.3", "ProviderControls", "")
                .Validate();

            Assert.Equal("check-items.csv row 9: UncoveredSubPoints and GapNote must both be given or both be empty.", Assert.Single(problems));
        }

        [Fact]
        public void Validate_EverySubPointUncovered_ReportsThatTheLinksVerifyNothing()
        {
            var problems = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.CheckItems, "CHK-TE-03", "UncoveredSubPoints", "CHK-TE-03.1")
                .Set(CatalogFiles.CheckItems, "CHK-TE-03", "GapNoteJa", "対策がない。")
                .Set(CatalogFiles.CheckItems, "CHK-TE-03", "GapNoteEn", "No measure covers it.")
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-03.1", "ProviderControls", "")
                .Validate();

            // The link no line verifies is the same fault seen from the lines.
            Assert.Equal(new[]
            {
                "check-items.csv row 6, column UncoveredSubPoints: every sub-point of CHK-TE-03 is uncovered, so the provider controls it links verify nothing.",
                "check-items.csv row 6, column ProviderControls: no sub-point of CHK-TE-03 verifies CTL-O-02 (questionnaire-items.csv, ProviderControls); link it from the line that asks about it, or drop the link.",
            }, problems);
        }

        /// <summary>The shipped data without access control (CTL-T-06) on CHK-TE-02 and the lines that verify it.</summary>
        private static EditedCatalogData WithoutAccessControl()
        {
            var data = EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-TE-02", "ProviderControls", "CTL-T-01;CTL-T-04");
            foreach (var line in new[] { "CHK-TE-02.2", "DIS-03.1" })
                data.Set(CatalogFiles.QuestionnaireItems, line, "ProviderControls",
                    string.Join(";", data.Get(CatalogFiles.QuestionnaireItems, line, "ProviderControls").Split(';').Where(c => c != "CTL-T-06")));
            return data;
        }
    }
}
