using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>The shipped copy of the catalog holds exactly the items of its sources (CSO, MIC-GL3 I.6), in both languages, with their sources.</summary>
    public sealed class ShippedCatalogTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly CatalogView Japanese = CloudCatalog.Default.In(Language.Ja);

        [Fact]
        public void Validate_ShippedData_FindsNoProblem()
        {
            Assert.Empty(CatalogValidator.Validate(CatalogData.ReadEmbedded()));
        }

        [Fact]
        public void Threats_Shipped_AreTheFiveOfDomainSection4WithCategories()
        {
            var expected = new Dictionary<string, ThreatCategory>
            {
                ["TH-01"] = ThreatCategory.AttackOnCloud,
                ["TH-02"] = ThreatCategory.AttackOnCloud,
                ["TH-03"] = ThreatCategory.AttackUsingCloud,
                ["TH-04"] = ThreatCategory.AttackUsingCloud,
                ["TH-05"] = ThreatCategory.NonAttack,
            };
            Assert.Equal(expected, English.Threats.ToDictionary(t => t.Id, t => t.Category));
        }

        [Fact]
        public void ProviderControls_Shipped_AreTwelveTechnicalAndFiveOperational()
        {
            var expected = Enumerable.Range(1, 12).Select(i => $"CTL-T-{i:00}").Concat(Enumerable.Range(1, 5).Select(i => $"CTL-O-{i:00}"));
            Assert.Equal(expected, English.ProviderControls.Select(c => c.Id));
            Assert.All(English.ProviderControls, c => Assert.Equal(c.Id.StartsWith("CTL-T", StringComparison.Ordinal) ? ControlKind.Technical : ControlKind.Operational, c.Kind));
        }

        [Fact]
        public void CheckItems_Shipped_HaveTheSubPointsOfDomainSection5InOrder()
        {
            var expected = new Dictionary<string, (CheckArea Area, int SubPoints)>
            {
                ["CHK-DC-01"] = (CheckArea.DataCentre, 5), ["CHK-DC-02"] = (CheckArea.DataCentre, 3),
                ["CHK-TE-01"] = (CheckArea.Technical, 2), ["CHK-TE-02"] = (CheckArea.Technical, 3), ["CHK-TE-03"] = (CheckArea.Technical, 1),
                ["CHK-TE-04"] = (CheckArea.Technical, 1), ["CHK-TE-05"] = (CheckArea.Technical, 4), ["CHK-TE-06"] = (CheckArea.Technical, 3),
                ["CHK-TE-07"] = (CheckArea.Technical, 4), ["CHK-TE-08"] = (CheckArea.Technical, 3),
                ["CHK-OP-01"] = (CheckArea.Operational, 1), ["CHK-OP-02"] = (CheckArea.Operational, 3), ["CHK-OP-03"] = (CheckArea.Operational, 2),
            };
            Assert.Equal(expected, English.CheckItems.ToDictionary(c => c.Id, c => (c.Area, c.SubPoints.Count)));
            foreach (var check in English.CheckItems)
                Assert.Equal(Enumerable.Range(1, check.SubPoints.Count).Select(i => $"{check.Id}.{i}"), check.SubPoints.Select(s => s.Id));
            Assert.Contains("storage location", English.CheckItems.Single(c => c.Id == "CHK-TE-05").SubPoints[3].Name, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void CheckItems_Shipped_ApplyToSaasAndPaasAndRecordTheIaasDecision()
        {
            Assert.All(English.CheckItems, c =>
            {
                Assert.Contains(ServiceModel.SaaS, c.ServiceModels);
                Assert.Contains(ServiceModel.PaaS, c.ServiceModels);
                Assert.False(string.IsNullOrWhiteSpace(c.ServiceModelNote));
                Assert.NotEmpty(c.ProviderControlIds);
            });
        }

        [Fact]
        public void DisclosureItems_Shipped_HaveTheSubItemsOfDomainSection7()
        {
            var expected = new Dictionary<string, int> { ["DIS-01"] = 7, ["DIS-02"] = 2, ["DIS-03"] = 4, ["DIS-04"] = 2, ["DIS-05"] = 3, ["DIS-06"] = 1 };
            Assert.Equal(expected, English.DisclosureItems.ToDictionary(d => d.Id, d => d.SubItems.Count));
            Assert.Contains("export", English.DisclosureItems.Single(d => d.Id == "DIS-05").SubItems[1].Name, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void LegalConsiderations_Shipped_AreTheFiveOfDomainSection8()
        {
            Assert.Equal(new[] { "LEG-01", "LEG-02", "LEG-03", "LEG-04", "LEG-05" }, English.LegalConsiderations.Select(l => l.Id));
            Assert.Contains("VendorCountry", English.LegalConsiderations.Single(l => l.Id == "LEG-03").TriggerAttributes);
        }

        [Theory]
        [InlineData(ServiceModel.SaaS, "Customer,Shared,Provider,Provider,Provider,Provider,Provider,Provider,Provider")]
        [InlineData(ServiceModel.PaaS, "Customer,Customer,Customer,Shared,Provider,Provider,Provider,Provider,Provider")]
        [InlineData(ServiceModel.IaaS, "Customer,Customer,Customer,Customer,Customer,Provider,Provider,Provider,Provider")]
        [InlineData(ServiceModel.OnPremises, "Customer,Customer,Customer,Customer,Customer,Customer,Customer,Customer,Customer")]
        public void Matrix_ServiceModel_MatchesDomainSection3(ServiceModel model, string owners)
        {
            var cells = English.Matrix.Where(e => e.ServiceModel == model).ToList();
            Assert.Equal(Enum.GetValues(typeof(Layer)).Cast<Layer>(), cells.Select(c => c.Layer));
            Assert.Equal(owners, string.Join(",", cells.Select(c => c.Owner)));
        }

        [Fact]
        public void ModelsAndNotes_Shipped_AreComplete()
        {
            Assert.Equal(Enum.GetValues(typeof(ServiceModel)).Cast<ServiceModel>(), English.ServiceModels.Select(m => m.ServiceModel));
            Assert.Equal(Enum.GetValues(typeof(DeploymentModel)).Cast<DeploymentModel>(), English.DeploymentModels.Select(m => m.DeploymentModel));
            Assert.Contains(English.Notes, n => n.Id == "RN-01" && n.ServiceModels.Contains(ServiceModel.SaaS));
        }

        [Fact]
        public void EveryEntry_BothLanguages_HasTextAndTheSameIdAndSource()
        {
            var english = English.AllEntries.ToList();
            var japanese = Japanese.AllEntries.ToList();
            Assert.Equal(english.Select(e => e.Id), japanese.Select(e => e.Id));
            Assert.Equal(english.Select(e => e.Source), japanese.Select(e => e.Source));
            Assert.All(english, e => { Assert.False(string.IsNullOrWhiteSpace(e.Name), e.Id); Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Id); Assert.Equal(Language.En, e.Language); });
            Assert.All(japanese, e => { Assert.True(ContainsJapanese(e.Name), e.Id + ": " + e.Name); Assert.Equal(Language.Ja, e.Language); });
            Assert.All(english, e => Assert.False(ContainsJapanese(e.Name + e.Description), e.Id));
        }

        [Fact]
        public void Threats_Shipped_CarryCrosswalkReferences()
        {
            var byId = English.Threats.ToDictionary(t => t.Id);
            Assert.Contains("T1498", byId["TH-01"].AttackTechniques);
            Assert.Contains("T1611", byId["TH-02"].AttackTechniques);
            Assert.Empty(byId["TH-05"].AttackTechniques);
            Assert.Contains("BCR", byId["TH-05"].CcmDomains);
            var referenced = new HashSet<string>(English.References.Select(r => r.Id));
            Assert.All(English.Threats.SelectMany(t => t.AttackTechniques.Concat(t.Iso27017).Concat(t.CcmDomains)), id => Assert.Contains(id, referenced));
        }

        [Fact]
        public void Links_Shipped_ResolveBothWays()
        {
            var controls = English.ProviderControls.ToDictionary(c => c.Id);
            foreach (var threat in English.Threats)
                foreach (var id in threat.ProviderControlIds)
                    Assert.Contains(threat.Id, controls[id].ThreatIds);
            var checks = English.CheckItems.ToDictionary(c => c.Id);
            foreach (var item in English.DisclosureItems)
                foreach (var id in item.CheckItemIds)
                    Assert.Contains(item.Id, checks[id].DisclosureItemIds);
        }

        [Theory]
        [InlineData(ServiceModel.SaaS, "Data")]
        [InlineData(ServiceModel.PaaS, "Data;Application;Middleware")]
        [InlineData(ServiceModel.IaaS, "Data;Application;Middleware;GuestOS")]
        public void Th05_UnderAServiceModel_LeavesTheCustomerTheFailuresOfTheLayersItRuns(ServiceModel model, string layers)
        {
            // MIC-GL3 I.6.3: failures in the OS and middleware layers are the customer's under IaaS.
            var threat = English.Threats.Single(t => t.Id == "TH-05");

            Assert.Equal(layers, threat.Under(model, English.CustomerLayers(model)).CustomerLayers.ToString());
            Assert.Contains("MIC-GL3 I.6.3", threat.Source);
        }

        [Fact]
        public void CheckTe04_UnderIaas_AppliesToTheManagementConsoleAndCloudAccounts()
        {
            var english = English.CheckItems.Single(c => c.Id == "CHK-TE-04");
            var japanese = Japanese.CheckItems.Single(c => c.Id == "CHK-TE-04");
            Assert.Contains(ServiceModel.IaaS, english.ServiceModels);
            // The reason must not exclude PaaS by the same token: customers run their own applications there too.
            Assert.Contains("on PaaS or IaaS", english.ServiceModelNote);
            Assert.Contains("management console and cloud accounts", english.ServiceModelNote);
            Assert.Contains("管理コンソールとクラウドアカウントに限ってIaaSにも適用する", japanese.ServiceModelNote);
            Assert.Contains("management console", english.SubPoints.Single().Question);
            Assert.Contains("管理コンソール", japanese.SubPoints.Single().Question);
        }

        [Theory]
        [InlineData(DeploymentModel.Private)]
        [InlineData(DeploymentModel.Community)]
        public void DeploymentModel_SelfOrOtherOperated_IsTranslatedAsOnOrOffPremises(DeploymentModel model)
        {
            // 「自社運用型又は他社運用型」 renders NIST's "on or off premises" (CSO §2.1), not who operates it.
            Assert.Contains("自社運用型または他社運用型", Japanese.DeploymentModels.Single(m => m.DeploymentModel == model).Description);
            var english = English.DeploymentModels.Single(m => m.DeploymentModel == model).Description;
            Assert.Contains("on or off", english);
            Assert.DoesNotContain("another company", english);
        }

        [Fact]
        public void Rn01_English_SaysNoMoreThanMicGl3I61()
        {
            var english = English.Notes.Single(n => n.Id == "RN-01").Description;
            Assert.DoesNotContain("notic", english);
            Assert.DoesNotContain("silent", english);
            Assert.Contains("judge the security impact of upgrades", english);
        }

        [Fact]
        public void SubPointQuestions_BothLanguages_AskTheSame()
        {
            var english = English.CheckItems.SelectMany(c => c.SubPoints).ToDictionary(s => s.Id, s => s.Question);
            var japanese = Japanese.CheckItems.SelectMany(c => c.SubPoints).ToDictionary(s => s.Id, s => s.Question);
            Assert.DoesNotContain("screening", english["CHK-DC-02.1"]);
            Assert.DoesNotContain("経歴", japanese["CHK-DC-02.1"]);
            Assert.Contains("still valid", english["CHK-OP-03.1"]);
            Assert.Contains("現在も有効", japanese["CHK-OP-03.1"]);
        }

        [Fact]
        public void SaasAccountsAndAccess_ProviderDuty_HedgesTheLimitedRightsAsMicGl3I61Does()
        {
            // I.6.1: 「限定的な管理権限等を提供する場合がある」 — the provider may, not must, grant them.
            Assert.Contains("提供する場合がある", Japanese.Cell(ServiceModel.SaaS, Layer.AccountsAndAccess).ProviderDuty);
            Assert.StartsWith("May grant", English.Cell(ServiceModel.SaaS, Layer.AccountsAndAccess).ProviderDuty);
            Assert.Contains("付与された場合は", Japanese.Cell(ServiceModel.SaaS, Layer.AccountsAndAccess).CustomerDuty);
            Assert.StartsWith("Where the provider grants", English.Cell(ServiceModel.SaaS, Layer.AccountsAndAccess).CustomerDuty);
        }

        [Fact]
        public void PaasMiddleware_ProviderDuty_CoversTheMiddlewareLayerAndBelow()
        {
            Assert.StartsWith("ミドルウェア層以下", Japanese.Cell(ServiceModel.PaaS, Layer.Middleware).ProviderDuty);
            Assert.Contains("everything from the middleware layer down", English.Cell(ServiceModel.PaaS, Layer.Middleware).ProviderDuty);
        }

        [Fact]
        public void Additions_ContentTheSourcesDoNotContain_IsMarkedAddedNotCitedAsASource()
        {
            // The on-premises column: MIC-GL3 I.6 mentions on-premises only in passing.
            Assert.All(English.Matrix.Where(e => e.ServiceModel == ServiceModel.OnPremises), e => Assert.Equal("added", e.Source));
            Assert.EndsWith("; added", English.ServiceModels.Single(m => m.ServiceModel == ServiceModel.OnPremises).Source);
            // "now Google Workspace" and the SOC / SSAE 18 sentence are updates the sources could not contain.
            Assert.Contains("Google Workspace", English.ServiceModels.Single(m => m.ServiceModel == ServiceModel.SaaS).Examples);
            Assert.EndsWith("; added", English.ServiceModels.Single(m => m.ServiceModel == ServiceModel.SaaS).Source);
            Assert.Contains("SSAE 18", English.CheckItems.Single(c => c.Id == "CHK-OP-03").Description);
            Assert.EndsWith("; added", English.CheckItems.Single(c => c.Id == "CHK-OP-03").Source);
            // No section of the sources names a facility layer; MIC-GL3 I.6.3 does not mention buildings or power.
            var facility = English.Layers.Single(l => l.Layer == Layer.Facility).Source;
            Assert.DoesNotContain("I.6.3", facility);
            Assert.EndsWith("; added", facility);
            Assert.All(English.Matrix.Where(e => e.Layer == Layer.Facility), e => Assert.EndsWith("added", e.Source));
        }

        [Fact]
        public void Th04_ProviderControls_DetectAbnormalUseRatherThanEncrypt()
        {
            // CTL-T-08 and CTL-T-09 are for eavesdropping and unauthorised reading (CSO §4.1); misuse of
            // cloud compute is caught by logging (CTL-T-07) and load monitoring (CTL-O-03).
            var threat = English.Threats.Single(t => t.Id == "TH-04");
            Assert.Equal(new[] { "CTL-T-05", "CTL-T-07", "CTL-O-01", "CTL-O-03" }, threat.ProviderControlIds);
            Assert.Contains("CSO §4.1", threat.Source);
            Assert.Contains("CSO §4.2", threat.Source);
        }

        [Fact]
        public void CtlT06_AccessControl_IsVerifiedByTheMultiTenancyCheck()
        {
            // CSO §4.1: access control keeps those without rights, insiders and third parties, from
            // customers' confidential data; CSO §3 asks about the measures between tenants.
            Assert.Contains("CHK-TE-02", English.ProviderControls.Single(c => c.Id == "CTL-T-06").CheckItemIds);
        }

        [Fact]
        public void CheckDc01_IntrusionTheftAndItemsBroughtIn_AreAGapNotALink()
        {
            var check = English.CheckItems.Single(c => c.Id == "CHK-DC-01");
            Assert.Equal(new[] { "CHK-DC-01.1", "CHK-DC-01.2", "CHK-DC-01.3" }, check.UncoveredSubPointIds);
            Assert.Contains("CSO §4", check.GapNote);
            Assert.Contains("CSO §4", Japanese.CheckItems.Single(c => c.Id == "CHK-DC-01").GapNote);
            // Disasters and failures stay linked to business continuity and availability monitoring.
            Assert.Equal(new[] { "CTL-O-03", "CTL-O-05" }, check.ProviderControlIds);
            Assert.Empty(CatalogLinks.Follow<ProviderControl>(English, check.SubPoints[0]));
            Assert.Empty(CatalogLinks.Follow<CloudThreat>(English, check.SubPoints[0]));
            // Each line leads to its own measures: a disaster to business continuity, and so to the
            // outage threat only; a failure to continuity and the monitoring that notices it.
            Assert.Equal(new[] { "CTL-O-05" }, CatalogLinks.Follow<ProviderControl>(English, check.SubPoints[3]).Select(c => c.Id));
            Assert.Equal(new[] { "TH-05" }, CatalogLinks.Follow<CloudThreat>(English, check.SubPoints[3]).Select(t => t.Id));
            Assert.Equal(new[] { "CTL-O-03", "CTL-O-05" }, CatalogLinks.Follow<ProviderControl>(English, check.SubPoints[4]).Select(c => c.Id));
            Assert.Equal(new[] { "CHK-DC-01" }, CatalogLinks.Follow<VendorCheckItem>(English, check.SubPoints[0]).Select(c => c.Id));
        }

        [Fact]
        public void ProviderControls_NoCheckVerifies_OnlyProvisioningAndMigrationWithTheReason()
        {
            var withoutCheck = English.ProviderControls.Where(c => c.CheckItemIds.Count == 0).ToList();
            Assert.Equal(new[] { "CTL-T-02", "CTL-T-03" }, withoutCheck.Select(c => c.Id));
            Assert.All(withoutCheck, c => Assert.Contains("CSO §3", c.NoCheckReason));
            Assert.All(English.ProviderControls.Where(c => c.CheckItemIds.Count > 0), c => Assert.Empty(c.NoCheckReason));
        }

        [Fact]
        public void IsoReferences_Shipped_TellIso27017CloudControlsFromIso27002Controls()
        {
            var iso = English.References.Where(r => r.Framework.StartsWith("ISO/IEC", StringComparison.Ordinal)).ToList();
            var sevenCloudControls = new[] { "CLD.6.3.1", "CLD.8.1.5", "CLD.9.5.1", "CLD.9.5.2", "CLD.12.1.5", "CLD.12.4.5", "CLD.13.1.4" };
            Assert.All(iso.Where(r => r.Framework == ReferenceControl.Iso27017), r => Assert.Contains(r.Id, sevenCloudControls));
            Assert.All(iso.Where(r => r.Framework != ReferenceControl.Iso27017), r =>
            {
                Assert.Equal(ReferenceControl.Iso27002, r.Framework);
                Assert.DoesNotContain("CLD", r.Id);
            });
            Assert.Contains(iso, r => r.Id == "17.1.1" && r.Framework == ReferenceControl.Iso27002);
            var used = English.Threats.SelectMany(t => t.Iso27017).Concat(English.ProviderControls.SelectMany(c => c.Iso27017))
                .Concat(English.CheckItems.SelectMany(c => c.Iso27017)).Concat(English.LegalConsiderations.SelectMany(l => l.Iso27017));
            Assert.All(used, id => Assert.Contains(iso, r => r.Id == id));
        }

        [Fact]
        public void Leg02_Description_SaysPermissionAsArticle25Does()
        {
            var japanese = Legal(Japanese, "LEG-02");
            Assert.Contains("経済産業大臣の許可", japanese.Description);
            Assert.DoesNotContain("認可", japanese.Description);
            Assert.Contains("第25条第1項", japanese.CurrentLaw);
            Assert.Contains("Article 25(1)", Legal(English, "LEG-02").CurrentLaw);
        }

        [Fact]
        public void Leg03_CurrentLaw_SaysSection215LapsedAndTheCloudActReachesAnyProviderUnderUsJurisdiction()
        {
            var english = Legal(English, "LEG-03");
            Assert.Contains("lapsed on 15 March 2020", english.CurrentLaw);
            Assert.Contains("any provider under US jurisdiction", english.CurrentLaw);
            Assert.Contains("2020年3月15日に失効", Legal(Japanese, "LEG-03").CurrentLaw);
            Assert.Contains("米国の管轄に服するすべての事業者", Legal(Japanese, "LEG-03").CurrentLaw);
        }

        [Fact]
        public void Leg03_Condition_SaysWhatTheTriggerLeavesOut()
        {
            Assert.Equal("DataLocation=US | VendorCountry=US", Legal(English, "LEG-03").Trigger);
            Assert.Contains("does not trigger this point", Legal(English, "LEG-03").Condition);
            Assert.Contains("本項目は該当と判定しない", Legal(Japanese, "LEG-03").Condition);
        }

        [Fact]
        public void Leg04_CurrentLaw_SaysTransfersAreAllowedWithSafeguardsOrDerogations()
        {
            var english = Legal(English, "LEG-04").CurrentLaw;
            Assert.Contains("Directive (Art. 26)", english);
            Assert.Contains("GDPR (Arts. 46 and 49)", english);
            Assert.Contains("standard contractual clauses", english);
            var japanese = Legal(Japanese, "LEG-04").CurrentLaw;
            Assert.Contains("指令（第26条）もGDPR（第46条、第49条）も", japanese);
            Assert.Contains("標準契約条項", japanese);
        }

        [Fact]
        public void Leg05_CurrentLaw_NamesThe2018CloudGuidelineBeforeThe2020Merger()
        {
            var english = Legal(English, "LEG-05").CurrentLaw;
            Assert.True(english.IndexOf("July 2018", StringComparison.Ordinal) < english.IndexOf("2020", StringComparison.Ordinal), english);
            var japanese = Legal(Japanese, "LEG-05").CurrentLaw;
            Assert.Contains("2018年7月に総務省の「クラウドサービス事業者が医療情報を取り扱う際の安全管理に関するガイドライン」", japanese);
            Assert.Contains("2020年", japanese);
        }

        private static LegalConsideration Legal(CatalogView view, string id) => view.LegalConsiderations.Single(l => l.Id == id);

        private static bool ContainsJapanese(string text) =>
            text.Any(c => (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF'));
    }
}
