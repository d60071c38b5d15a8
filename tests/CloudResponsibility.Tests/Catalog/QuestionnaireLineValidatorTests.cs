using CloudResponsibility.Catalog;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>A questionnaire line's own links, what a No to it means, and its layers: each rule shown on shipped data broken in one place.</summary>
    public sealed class QuestionnaireLineValidatorTests
    {
        [Fact]
        public void Validate_LineLinksAControlItsCheckDoesNotVerify_RejectsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-TE-02.2", "ProviderControls", "CTL-T-04;CTL-T-06;CTL-T-09").Validate();

            Assert.Equal("questionnaire-items.csv row 13, column ProviderControls: CHK-TE-02.2 links CTL-T-09, which its check CHK-TE-02 does not verify (CTL-T-01;CTL-T-04;CTL-T-06); a line verifies only measures its own check does.",
                Assert.Single(problems));
        }

        [Fact]
        public void Validate_DisclosureLineLinksAControlNoneOfItsChecksVerifies_RejectsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "DIS-05.3", "ProviderControls", "CTL-T-10;CTL-O-01").Validate();

            Assert.Equal("questionnaire-items.csv row 54, column ProviderControls: DIS-05.3 links CTL-O-01, which none of the checks DIS-05 covers (CHK-TE-05, CHK-TE-08) verifies (CTL-O-05;CTL-T-09;CTL-T-10;CTL-T-11); a line verifies only measures its own check does.",
                Assert.Single(problems));
        }

        [Fact]
        public void Validate_ControlOfACheckNoSubPointVerifies_ReportsTheCheck()
        {
            // The state before the lines had their own links: the network check linked intrusion detection, which none of its questions asks about.
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.CheckItems, "CHK-TE-01", "ProviderControls", "CTL-T-08;CTL-T-12;CTL-O-03").Validate();

            Assert.Equal("check-items.csv row 4, column ProviderControls: no sub-point of CHK-TE-01 verifies CTL-T-12 (questionnaire-items.csv, ProviderControls); link it from the line that asks about it, or drop the link.",
                Assert.Single(problems));
        }

        [Fact]
        public void Validate_LineThatOnlyInformsWithALinkAndLayers_RejectsBoth()
        {
            // The founding date as it was: inheriting the provider's layers and the measure of its item's check.
            var problems = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.QuestionnaireItems, "DIS-01.4", "ProviderControls", "CTL-O-02")
                .Set(CatalogFiles.QuestionnaireItems, "DIS-01.4", "Layers", "Virtualization;PhysicalInfrastructure;Network;Facility")
                .Validate();

            Assert.Equal(new[]
            {
                "questionnaire-items.csv row 40, column ProviderControls: a No to DIS-01.4 is no gap (Undisclosed), so an answer to it verifies no provider measure; link none, or make its NoMeans Gap.",
                "questionnaire-items.csv row 40, column Layers: a No to DIS-01.4 is no gap (Undisclosed), so it lies in no layer; leave Layers empty, or make its NoMeans Gap.",
            }, problems);
        }

        [Fact]
        public void Validate_NoGapWithoutAReason_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-02.3", "NoMeansReasonJa", "")
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-02.3", "NoMeansReasonEn", "")
                .Validate();

            Assert.Equal("questionnaire-items.csv row 14, column NoMeansReasonEn: a No to CHK-TE-02.3 is no gap (Fact); say why in NoMeansReasonJa/NoMeansReasonEn.", Assert.Single(problems));
        }

        [Fact]
        public void Validate_GapWithAReasonOrAnUnknownMeaning_ReportsThem()
        {
            var withReason = EditedCatalogData.FromShipped()
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-06.3", "NoMeansReasonJa", "理由。")
                .Set(CatalogFiles.QuestionnaireItems, "CHK-TE-06.3", "NoMeansReasonEn", "A reason.")
                .Validate();
            Assert.StartsWith("questionnaire-items.csv row 23, column NoMeansReasonEn: a No to CHK-TE-06.3 is a gap in its layers (NoMeans Gap);", Assert.Single(withReason));

            var unknown = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-TE-06.3", "NoMeans", "Info").Validate();
            Assert.Equal("questionnaire-items.csv row 23, column NoMeans: 'Info' is not one of Gap, Undisclosed, Fact.", Assert.Single(unknown));
        }

        [Fact]
        public void Validate_GapLineInNoLayerTheProviderRunsUnderAModel_ReportsEachModel()
        {
            // The password policy as it was: the accounts alone, which are the customer's under PaaS and IaaS.
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-TE-04.1", "Layers", "AccountsAndAccess").Validate();

            Assert.Equal(new[]
            {
                "questionnaire-items.csv row 16, column Layers: under PaaS the provider owns or shares none of the layers of CHK-TE-04.1 ('AccountsAndAccess'), so a No to it would be a gap in no layer the vendor's answer speaks for; list the layer it lies in under PaaS.",
                "questionnaire-items.csv row 16, column Layers: under IaaS the provider owns or shares none of the layers of CHK-TE-04.1 ('AccountsAndAccess'), so a No to it would be a gap in no layer the vendor's answer speaks for; list the layer it lies in under IaaS.",
            }, problems);
        }

        [Fact]
        public void Validate_LayerForOneModelTheCustomerOwnsThere_ReportsIt()
        {
            // A layer listed for one model names the provider's layer under it; the customer's guest OS under IaaS is not one.
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-TE-05.4", "Layers", "Data;Facility;IaaS:GuestOS").Validate();
            Assert.Equal("questionnaire-items.csv row 20, column Layers: 'IaaS:GuestOS': the provider neither owns nor shares GuestOS under IaaS (responsibility-matrix.csv), so a vendor's No is no gap there.",
                Assert.Single(problems));
        }

        [Fact]
        public void Validate_SubPointAndTheChecksGap_MustAgree()
        {
            var linked = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-DC-01.1", "ProviderControls", "CTL-O-05").Validate();
            Assert.Equal("questionnaire-items.csv row 2, column ProviderControls: CHK-DC-01 records CHK-DC-01.1 as uncovered (UncoveredSubPoints: no measure covers it), yet it links CTL-O-05.",
                Assert.Single(linked));

            var unlinked = EditedCatalogData.FromShipped().Set(CatalogFiles.QuestionnaireItems, "CHK-TE-06.3", "ProviderControls", "").Validate();
            Assert.Equal("questionnaire-items.csv row 23, column ProviderControls: CHK-TE-06.3 asks about a measure but verifies none; link the measure of CHK-TE-06 it verifies, or record it in CHK-TE-06's UncoveredSubPoints with a GapNote.",
                Assert.Single(unlinked));
        }
    }
}
