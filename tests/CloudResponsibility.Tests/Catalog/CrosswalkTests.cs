using System;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The CCM crosswalk: the shipped copy's coverage, and the validator's rules, each shown on shipped data broken in one place.</summary>
    public sealed class CrosswalkTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly CatalogView Japanese = CloudCatalog.Default.In(Language.Ja);

        [Fact]
        public void Controls_Shipped_AreThe197OfCcm40ByDomain()
        {
            var expected = new (string Domain, int Count)[]
            {
                ("A&A", 6), ("AIS", 7), ("BCR", 11), ("CCC", 9), ("CEK", 21), ("DCS", 15), ("DSP", 19), ("GRC", 8), ("HRS", 13),
                ("IAM", 16), ("IPY", 4), ("IVS", 9), ("LOG", 13), ("SEF", 8), ("STA", 14), ("TVM", 10), ("UEM", 14),
            };
            var ids = expected.SelectMany(d => Enumerable.Range(1, d.Count).Select(i => $"{d.Domain}-{i:00}")).OrderBy(i => i, StringComparer.Ordinal);
            Assert.Equal(197, ids.Count());
            Assert.Equal(ids, English.Questionnaire.Crosswalk.Controls.Keys.OrderBy(i => i, StringComparer.Ordinal));
            Assert.All(English.Questionnaire.Crosswalk.Controls.Values, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        }

        [Fact]
        public void Crosswalk_Shipped_LinksEveryCheckSubPointWithACounterpartAndSaysWhyOfTheOthers()
        {
            foreach (var view in new[] { English, Japanese })
                foreach (var subPoint in view.CheckItems.SelectMany(c => c.SubPoints))
                {
                    var links = view.Questionnaire.Crosswalk.LinksOf(subPoint.Id);
                    var reason = view.Questionnaire.Crosswalk.NoCounterpartReason(subPoint.Id);
                    Assert.True(links.Count > 0 != reason is not null, $"{subPoint.Id}: either links or a reason for having none, not both.");
                    Assert.All(links, l => Assert.False(string.IsNullOrWhiteSpace(l.Rationale)));
                }
        }

        [Fact]
        public void Crosswalk_Shipped_CoversEveryDisclosureSubItemAndEachLinkHasBothLanguages()
        {
            foreach (var subItem in English.DisclosureItems.SelectMany(d => d.SubItems))
                Assert.True(English.Questionnaire.Crosswalk.LinksOf(subItem.Id).Count > 0 || English.Questionnaire.Crosswalk.NoCounterpartReason(subItem.Id) is not null, subItem.Id);
            Assert.Equal(English.Questionnaire.Crosswalk.Links.Select(l => (l.ItemId, l.ControlId)), Japanese.Questionnaire.Crosswalk.Links.Select(l => (l.ItemId, l.ControlId)));
            Assert.All(Japanese.Questionnaire.Crosswalk.Links, l => Assert.True(JapaneseText.Contains(l.Rationale), l.ToString()));
        }

        [Fact]
        public void Crosswalk_Shipped_FindsTheLinesOfAControl()
        {
            Assert.Equal(new[] { "CHK-TE-01.1", "CHK-TE-05.1" }, English.Questionnaire.Crosswalk.LinksTo("CEK-03").Select(l => l.ItemId));
            Assert.Empty(English.Questionnaire.Crosswalk.LinksTo("STA-04"));
        }

        [Fact]
        public void Validate_UnknownControlId_ReportsIt()
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.CcmCrosswalk, "CHK-TE-06.3>LOG-06", "Control", "LOG-99").Validate());
            Assert.EndsWith("column Control: 'LOG-99' is not a known CCM v4 control (ccm-controls.csv).", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_CheckSubPointWithoutARow_ReportsTheLine()
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Remove(CatalogFiles.CcmCrosswalk, "CHK-TE-06.3>LOG-06").Validate());
            Assert.StartsWith("ccm-crosswalk.csv: no row for the questionnaire line 'CHK-TE-06.3'", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_NoCounterpartBesideLinks_ReportsTheContradiction()
        {
            var problem = Assert.Single(EditedCatalogData.FromShipped().Set(CatalogFiles.CcmCrosswalk, "CHK-TE-02.3>", "Item", "CHK-TE-02.2").Validate(),
                p => !p.Contains("no row for the questionnaire line 'CHK-TE-02.3'", StringComparison.Ordinal));
            Assert.EndsWith("CHK-TE-02.2 has links, so a row saying it has no CCM counterpart contradicts them.", problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Validate_LinkToALineThatIsNoQuestionnaireLine_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.CcmCrosswalk, "CHK-TE-06.3>LOG-06", "Item", "CHK-TE-06.9").Validate();
            Assert.Contains(problems, p => p.EndsWith("column Item: 'CHK-TE-06.9' is not a check sub-point or disclosure sub-item.", StringComparison.Ordinal));
        }

        [Fact]
        public void Validate_ControlOfAnUnknownDomain_ReportsIt()
        {
            var problems = EditedCatalogData.FromShipped().Set(CatalogFiles.CcmControls, "UEM-14", "Id", "XYZ-01").Validate();
            Assert.Contains(problems, p => p.EndsWith("column Id: 'XYZ-01' is in no domain of ccm-domains.csv.", StringComparison.Ordinal));
        }
    }
}
