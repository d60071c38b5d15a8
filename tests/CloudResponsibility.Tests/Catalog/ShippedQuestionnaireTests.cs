using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The shipped questionnaire: its lines, their links, layers, evidence, accepted "not applicable", exclusions and certifications.</summary>
    public sealed class ShippedQuestionnaireTests
    {
        private static readonly QuestionnaireCatalog English = CloudCatalog.Default.In(Language.En).Questionnaire;
        private static readonly QuestionnaireCatalog Japanese = CloudCatalog.Default.In(Language.Ja).Questionnaire;

        [Fact]
        public void Items_Shipped_AreTheCheckSubPointsThenTheDisclosureSubItemsInOrder()
        {
            var catalog = CloudCatalog.Default.In(Language.En);
            var expected = catalog.CheckItems.SelectMany(c => c.SubPoints.Select(s => s.Id))
                .Concat(catalog.DisclosureItems.SelectMany(d => d.SubItems.Select(s => s.Id)));
            Assert.Equal(expected, English.Items.Select(i => i.Id));
            Assert.Equal(54, English.Items.Count);
            Assert.Equal(Enumerable.Range(1, 54), English.Items.Select(i => i.Order));
            Assert.Equal(new[] { 8, 21, 6, 19 }, new[] { QuestionnaireArea.DataCentre, QuestionnaireArea.Technical, QuestionnaireArea.Operational, QuestionnaireArea.Disclosure }
                .Select(a => English.Items.Count(i => i.Area == a)));
        }

        [Fact]
        public void Item_StorageLocation_CarriesItsCheckTextLinksAndLayers()
        {
            var item = English.Find("chk-te-05.4")!;
            Assert.Equal("CHK-TE-05", item.ParentId);
            Assert.Equal(QuestionnaireArea.Technical, item.Area);
            Assert.Equal("Data", item.Topic);
            Assert.Equal("Storage location", item.Subject);
            Assert.Contains("stored", item.Question);
            Assert.Equal("CHK-TE-05", item.CheckItemIds.ToString());
            // The check records the storage location as a gap: no measure of CSO §4 covers it.
            Assert.Empty(item.ProviderControlIds);
            Assert.Empty(item.ThreatIds);
            // The line is about the data and the facility; a vendor's No is a gap in the facility it runs, the data
            // being the customer's whatever the vendor answers (unless a contract gives the provider a share of it).
            Assert.Equal(new[] { Layer.Data, Layer.Facility }, item.Layers);
            Assert.Equal(new[] { Layer.Facility }, item.GapLayers(ServiceModel.SaaS));
            Assert.True(item.RequiresEvidence);
            // Encryption at rest verifies data encryption, not the erasure the next line asks about.
            var encryption = English.Find("CHK-TE-05.1")!;
            Assert.Equal("CTL-T-09", encryption.ProviderControlIds.ToString());
            Assert.Equal("TH-02", encryption.ThreatIds.ToString());
        }

        [Fact]
        public void Items_SubPointsTheCheckRecordsAsAGap_VerifyNoMeasureAndMitigateNoThreat()
        {
            foreach (var id in new[] { "CHK-DC-01.1", "CHK-DC-01.2", "CHK-DC-01.3", "CHK-DC-02.1", "CHK-DC-02.3" })
            {
                Assert.Empty(English.Find(id)!.ProviderControlIds);
                Assert.Empty(English.Find(id)!.ThreatIds);
            }
            Assert.Equal("CTL-O-05", English.Find("CHK-DC-01.4")!.ProviderControlIds.ToString());
        }

        [Fact]
        public void Items_DisclosureSubItem_CarriesTheChecksOfItsItemAndOnlyItsOwnMeasures()
        {
            var item = English.Find("DIS-05.2")!;
            Assert.Equal(QuestionnaireArea.Disclosure, item.Area);
            Assert.Equal("Data protection at end of use", item.Topic);
            Assert.Equal("CHK-TE-05;CHK-TE-08", item.CheckItemIds.ToString());
            // Export formats speak for continuity (moving the data elsewhere), not for encryption, erasure or backup.
            Assert.Equal("CTL-O-05", item.ProviderControlIds.ToString());
            Assert.Empty(English.Find("DIS-06.1")!.CheckItemIds);
            Assert.Empty(English.Find("DIS-06.1")!.ProviderControlIds);
        }

        [Fact]
        public void Items_TheAuditorsLines_VerifyOnlyWhatTheyAsk()
        {
            // The company name and the single-tenant option verify no measure; a disaster, business
            // continuity and so the outage only; the erasure guarantee, secure erasure and so the attack from inside.
            var name = English.Find("DIS-01.1")!;
            Assert.Equal((NoMeaning.Undisclosed, 0, 0, 0), (name.NoMeans, name.ProviderControlIds.Count, name.ThreatIds.Count, name.Layers.Count));
            var singleTenant = English.Find("CHK-TE-02.3")!;
            Assert.Equal((NoMeaning.Fact, 0, 0, 0), (singleTenant.NoMeans, singleTenant.ProviderControlIds.Count, singleTenant.ThreatIds.Count, singleTenant.Layers.Count));
            Assert.Equal(("CTL-O-05", "TH-05"), (English.Find("CHK-DC-01.4")!.ProviderControlIds.ToString(), English.Find("CHK-DC-01.4")!.ThreatIds.ToString()));
            Assert.Equal(("CTL-T-10", "TH-02"), (English.Find("DIS-05.3")!.ProviderControlIds.ToString(), English.Find("DIS-05.3")!.ThreatIds.ToString()));
            // Isolation between tenants is what the measures-between-tenants line verifies.
            Assert.Equal("CTL-T-04;CTL-T-06", English.Find("CHK-TE-02.2")!.ProviderControlIds.ToString());
        }

        [Fact]
        public void Items_NoIsAGapExceptOnLinesThatOnlyInformOrDescribeTheOffering()
        {
            Assert.Equal(new[] { "DIS-01.1", "DIS-01.2", "DIS-01.3", "DIS-01.4", "DIS-01.5", "DIS-01.6", "DIS-04.1", "DIS-04.2" },
                English.Items.Where(i => i.NoMeans == NoMeaning.Undisclosed).Select(i => i.Id));
            Assert.Equal(new[] { "CHK-TE-02.3" }, English.Items.Where(i => i.NoMeans == NoMeaning.Fact).Select(i => i.Id));
            Assert.All(English.Items.Where(i => i.NoMeans != NoMeaning.Gap), i => Assert.Contains("no layer", i.NoMeansReason));
            Assert.All(Japanese.Items.Where(i => i.NoMeans != NoMeaning.Gap), i => Assert.Contains("どの層にも属さない", i.NoMeansReason));
            Assert.All(English.Items.Where(i => i.NoMeans == NoMeaning.Gap), i => Assert.Empty(i.NoMeansReason));
        }

        [Fact]
        public void Items_EachLine_VerifiesSomeOfItsOwnChecksMeasures()
        {
            var catalog = CloudCatalog.Default.In(Language.En);
            foreach (var item in English.Items)
            {
                var checks = catalog.CheckItems.Where(c => item.CheckItemIds.Contains(c.Id)).SelectMany(c => c.ProviderControlIds);
                Assert.All(item.ProviderControlIds, control => Assert.Contains(control, checks));
            }
        }

        [Theory]
        [InlineData("CHK-TE-03.1", ServiceModel.SaaS, "GuestOS;Virtualization;PhysicalInfrastructure")]
        [InlineData("CHK-TE-03.1", ServiceModel.PaaS, "GuestOS;Virtualization;PhysicalInfrastructure")]
        [InlineData("CHK-TE-03.1", ServiceModel.IaaS, "Virtualization;PhysicalInfrastructure")]
        [InlineData("CHK-TE-04.1", ServiceModel.SaaS, "AccountsAndAccess")]
        [InlineData("CHK-TE-04.1", ServiceModel.PaaS, "Middleware")]
        [InlineData("CHK-TE-04.1", ServiceModel.IaaS, "Virtualization")]
        [InlineData("CHK-TE-07.1", ServiceModel.PaaS, "Middleware;GuestOS;Virtualization")]
        [InlineData("CHK-TE-07.1", ServiceModel.IaaS, "Virtualization")]
        [InlineData("CHK-TE-01.1", ServiceModel.IaaS, "Network")]
        [InlineData("CHK-TE-08.2", ServiceModel.PaaS, "Middleware;PhysicalInfrastructure")]
        [InlineData("DIS-01.4", ServiceModel.SaaS, "")]
        public void GapLayers_UnderAModel_AreTheLinesLayersTheProviderRunsThere(string id, ServiceModel model, string layers) =>
            Assert.Equal(layers, English.Find(id)!.GapLayers(model).ToString());

        [Fact]
        public void GapLayers_OfEveryLineAsksAboutAMeasure_AreTheProvidersOrSharedUnderEachModel()
        {
            var catalog = CloudCatalog.Default.In(Language.En);
            foreach (var model in new[] { ServiceModel.SaaS, ServiceModel.PaaS, ServiceModel.IaaS })
            {
                var owners = catalog.CellsOf(model).ToDictionary(c => c.Layer, c => c.Owner);
                foreach (var item in English.For(model).Where(i => i.NoMeans == NoMeaning.Gap))
                {
                    Assert.NotEmpty(item.GapLayers(model));
                    Assert.All(item.GapLayers(model), layer => Assert.NotEqual(Owner.Customer, owners[layer]));
                }
            }
        }

        [Fact]
        public void Items_OnPremises_NoneAppliesAndEachSaysWhyInBothLanguages()
        {
            Assert.Empty(English.For(ServiceModel.OnPremises));
            Assert.All(English.Items, i => Assert.Contains("no cloud provider", i.ExclusionReason(ServiceModel.OnPremises)));
            Assert.All(Japanese.Items, i => Assert.Contains("オンプレミス", i.ExclusionReason(ServiceModel.OnPremises)));
            foreach (var model in new[] { ServiceModel.SaaS, ServiceModel.PaaS, ServiceModel.IaaS })
            {
                Assert.Equal(54, English.For(model).Count());
                Assert.All(English.Items, i => Assert.Null(i.ExclusionReason(model)));
            }
        }

        [Fact]
        public void Items_NotApplicable_IsAcceptedOnlyWhereTheCatalogSaysWhy()
        {
            var accepted = English.Items.Where(i => i.NotApplicableModels.Count > 0).ToDictionary(i => i.Id, i => i.NotApplicableModels.ToString());
            Assert.Equal(new[] { "CHK-TE-02.1", "CHK-TE-04.1", "CHK-TE-05.3", "DIS-01.6" }, accepted.Keys);
            Assert.Equal("IaaS", accepted["CHK-TE-02.1"]);
            Assert.True(English.Find("CHK-TE-02.1")!.AcceptsNotApplicable(ServiceModel.IaaS));
            Assert.False(English.Find("CHK-TE-02.1")!.AcceptsNotApplicable(ServiceModel.SaaS));
            Assert.All(English.Items.Where(i => i.NotApplicableModels.Count > 0), i => Assert.NotEmpty(i.NotApplicableReason));
            Assert.Contains("bare-metal", English.Find("CHK-TE-02.1")!.NotApplicableReason);
        }

        [Fact]
        public void Items_Evidence_IsAskedForDocumentedAnswers()
        {
            var required = English.Items.Where(i => i.RequiresEvidence).Select(i => i.Id).ToArray();
            Assert.Equal(new[] { "CHK-TE-05.4", "CHK-TE-07.1", "CHK-OP-01.1", "CHK-OP-02.1", "CHK-OP-03.1", "CHK-OP-03.2", "DIS-01.7", "DIS-02.1", "DIS-04.1", "DIS-05.3", "DIS-06.1" }, required);
            Assert.Contains("CertificationName", English.Find("CHK-OP-03.1")!.Evidence);
        }

        [Fact]
        public void Items_ProviderRunLines_LieInTheLayersTheProviderRunsUnderEveryModel()
        {
            var providerRun = new[] { Layer.Virtualization, Layer.PhysicalInfrastructure, Layer.Network, Layer.Facility };
            foreach (var id in new[] { "CHK-OP-01.1", "CHK-OP-03.1", "DIS-01.7", "DIS-06.1" })
                Assert.Equal(providerRun, English.Find(id)!.Layers);
            // The password policy lies in the accounts under SaaS, in the platform's authentication under PaaS and in the console under IaaS.
            Assert.Equal(new[] { Layer.AccountsAndAccess, Layer.Middleware, Layer.Virtualization }, English.Find("CHK-TE-04.1")!.Layers);
        }

        [Fact]
        public void Items_BothLanguages_HaveTheSameStructureAndTextInEach()
        {
            Assert.Equal(English.Items.Select(i => (i.Id, i.Layers.ToString(), i.GapLayers(ServiceModel.IaaS).ToString(), i.ProviderControlIds.ToString(), i.NoMeans, i.RequiresEvidence, i.NotApplicableModels.ToString())),
                Japanese.Items.Select(i => (i.Id, i.Layers.ToString(), i.GapLayers(ServiceModel.IaaS).ToString(), i.ProviderControlIds.ToString(), i.NoMeans, i.RequiresEvidence, i.NotApplicableModels.ToString())));
            Assert.Equal("格納場所", Japanese.Find("CHK-TE-05.4")!.Subject);
            Assert.Equal("データ", Japanese.Find("CHK-TE-05.4")!.Topic);
        }

        [Fact]
        public void Certifications_Shipped_AreThoseAnAuditorNames()
        {
            Assert.Equal(new[] { "ISO27001", "ISO27017", "ISO27018", "SOC1", "SOC2", "ISMAP", "ISMAP-LIU", "CSA-STAR-1", "CSA-STAR-2", "PCI-DSS", "PRIVACYMARK", "WEBTRUST" },
                English.Certifications.Select(c => c.Id));
            Assert.Equal("プライバシーマーク", Japanese.Certifications.Single(c => c.Id == "PRIVACYMARK").Name);
            Assert.Contains("JIS Q 27001", English.Certifications[0].Variants);
            Assert.Contains("情報セキュリティマネジメントシステム", English.Certifications[0].Variants);
        }
    }
}
