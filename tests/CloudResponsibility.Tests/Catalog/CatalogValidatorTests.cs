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
    }
}
