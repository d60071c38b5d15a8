using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>The catalog cmdlets, run the way a user runs them: the module imported by its manifest into a real runspace.</summary>
    public sealed class CatalogCmdletTests
    {
        [Fact]
        public void GetCloudThreat_NoArguments_WritesAllFiveThreats()
        {
            using var session = new ModuleSession();
            var threats = session.Run("Get-CloudThreat").WithoutErrors().Of<CloudThreat>();
            Assert.Equal(new[] { "TH-01", "TH-02", "TH-03", "TH-04", "TH-05" }, threats.Select(t => t.Id));
        }

        [Fact]
        public void GetCloudThreat_Wildcard_WritesMatchingThreats()
        {
            using var session = new ModuleSession();
            var ids = session.Run("Get-CloudThreat -Id 'th-0[12]'").WithoutErrors().Property("Id");
            Assert.Equal(new object[] { "TH-01", "TH-02" }, ids);
        }

        [Fact]
        public void GetCloudThreat_PipedToGetProviderControl_WritesTheThreatsControls()
        {
            using var session = new ModuleSession();
            var threat = session.Run("Get-CloudThreat TH-02").WithoutErrors().Of<CloudThreat>().Single();
            var controls = session.Run("Get-CloudThreat TH-02 | Get-ProviderControl").WithoutErrors().Of<ProviderControl>();
            Assert.Equal(threat.ProviderControlIds.OrderBy(i => i), controls.Select(c => c.Id).OrderBy(i => i));
            Assert.All(controls, c => Assert.Contains("TH-02", c.ThreatIds));
        }

        [Fact]
        public void GetProviderControl_PipedIdStrings_FollowsLinksByIdPrefix()
        {
            using var session = new ModuleSession();
            var result = session.Run("'CHK-TE-05', 'CTL-T-09' | Get-ProviderControl").WithoutErrors().Of<ProviderControl>();
            Assert.Contains(result, c => c.Id == "CTL-T-09");
            Assert.True(result.Count >= 2);
            Assert.Equal(result.Count, result.Select(c => c.Id).Distinct().Count());
        }

        [Fact]
        public void GetCloudThreat_UnknownId_WritesUnknownIdErrorAndTheRest()
        {
            using var session = new ModuleSession();
            var result = session.Run("Get-CloudThreat TH-01, TH-99");
            Assert.Single(result.Of<CloudThreat>());
            var error = Assert.Single(result.Errors);
            Assert.Equal("UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("TH-99", error.TargetObject);
        }

        [Fact]
        public void GetCloudThreat_UnknownIdWithErrorActionStop_Throws()
        {
            using var session = new ModuleSession();
            var exception = Assert.ThrowsAny<RuntimeException>(() => session.Run("Get-CloudThreat TH-99 -ErrorAction Stop"));
            Assert.Equal("UnknownId,CloudResponsibility.PowerShell.Commands.GetCloudThreatCommand", exception.ErrorRecord.FullyQualifiedErrorId);
        }

        [Fact]
        public void GetResponsibilityMatrix_UnknownServiceModel_FailsParameterBinding()
        {
            using var session = new ModuleSession();
            var error = Assert.Single(session.Run("Get-ResponsibilityMatrix -ServiceModel FaaS").Errors);
            Assert.Equal("CannotConvertArgumentNoMessage,CloudResponsibility.PowerShell.Commands.GetResponsibilityMatrixCommand", error.FullyQualifiedErrorId);
            Assert.Contains("SaaS", error.ToString());
        }

        [Fact]
        public void GetProviderControl_WhereObject_FiltersOnTypedProperties()
        {
            using var session = new ModuleSession();
            var ids = session.Run("Get-ProviderControl | Where-Object Kind -eq 'Operational'").WithoutErrors().Property("Id");
            Assert.Equal(new object[] { "CTL-O-01", "CTL-O-02", "CTL-O-03", "CTL-O-04", "CTL-O-05" }, ids);
        }

        [Fact]
        public void GetCloudThreat_LanguageJa_WritesJapaneseTextWithTheSameIds()
        {
            using var session = new ModuleSession();
            var english = session.Run("Get-CloudThreat -Language en").WithoutErrors().Of<CloudThreat>();
            var japanese = session.Run("Get-CloudThreat -Language ja").WithoutErrors().Of<CloudThreat>();
            Assert.Equal(english.Select(t => t.Id), japanese.Select(t => t.Id));
            Assert.All(japanese, t => Assert.Equal(Language.Ja, t.Language));
            Assert.NotEqual(english[0].Name, japanese[0].Name);
        }

        [Fact]
        public void CatalogCmdlets_JapaneseUiCulture_DefaultToJapanese()
        {
            using var session = new ModuleSession("ja-JP");
            var threat = session.Run("Get-CloudThreat TH-05").WithoutErrors().Of<CloudThreat>().Single();
            Assert.Equal(Language.Ja, threat.Language);
            var english = session.Run("Get-CloudThreat TH-05 -Language en").WithoutErrors().Of<CloudThreat>().Single();
            Assert.Equal(Language.En, english.Language);
        }

        [Fact]
        public void CatalogCmdlets_SessionPreferenceVariable_SetsTheLanguage()
        {
            using var session = new ModuleSession();
            var threat = session.Run("$CloudResponsibilityLanguage = 'ja'; Get-ProviderControl CTL-T-01").WithoutErrors().Of<ProviderControl>().Single();
            Assert.Equal(Language.Ja, threat.Language);
        }

        [Fact]
        public void CatalogCmdlets_InvalidPreferenceVariable_FailWithItsErrorId()
        {
            using var session = new ModuleSession();
            var result = session.Run("$CloudResponsibilityLanguage = 'fr'; Get-ProviderControl");
            Assert.Empty(result.Output);
            Assert.Equal("InvalidLanguagePreference,CloudResponsibility.PowerShell.Commands.GetProviderControlCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void GetVendorCheckItem_ServiceModel_KeepsOnlyTheChecksThatApply()
        {
            using var session = new ModuleSession();
            var all = session.Run("Get-VendorCheckItem").WithoutErrors().Of<VendorCheckItem>();
            var iaas = session.Run("Get-VendorCheckItem -ServiceModel IaaS").WithoutErrors().Of<VendorCheckItem>();
            Assert.Equal(all.Where(c => c.ServiceModels.Contains(ServiceModel.IaaS)).Select(c => c.Id), iaas.Select(c => c.Id));
            Assert.Contains(iaas, c => c.Id == "CHK-TE-04");
            // Checks are made of a vendor; on premises there is none.
            Assert.Empty(session.Run("Get-VendorCheckItem -ServiceModel OnPremises").WithoutErrors().Output);
        }

        [Fact]
        public void GetVendorCheckItem_ExpandSubPoint_WritesQuestionnaireLines()
        {
            using var session = new ModuleSession();
            var lines = session.Run("Get-VendorCheckItem CHK-TE-05 -ExpandSubPoint").WithoutErrors().Of<CheckSubPoint>();
            Assert.Equal(new[] { "CHK-TE-05.1", "CHK-TE-05.2", "CHK-TE-05.3", "CHK-TE-05.4" }, lines.Select(l => l.Id));
            Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Question)));
        }

        [Fact]
        public void GetDisclosureItem_PipedCheck_WritesTheItemsThatCoverIt()
        {
            using var session = new ModuleSession();
            var items = session.Run("Get-VendorCheckItem CHK-TE-05 | Get-DisclosureItem").WithoutErrors().Of<DisclosureItem>();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Contains("CHK-TE-05", i.CheckItemIds));
        }

        [Fact]
        public void GetCloudThreat_ServiceModelSaas_NarrowsCustomerLayersToTheCustomersOwn()
        {
            using var session = new ModuleSession();
            var threats = session.Run("Get-CloudThreat -ServiceModel SaaS").WithoutErrors().Of<CloudThreat>();
            Assert.All(threats, t =>
            {
                Assert.Equal(ServiceModel.SaaS, t.ServiceModel);
                Assert.All(t.CustomerLayers, l => Assert.Contains(l, new[] { Layer.Data, Layer.AccountsAndAccess }));
            });
        }

        [Fact]
        public void GetResponsibilityMatrix_NoArguments_WritesEveryCell()
        {
            using var session = new ModuleSession();
            Assert.Equal(36, session.Run("Get-ResponsibilityMatrix").WithoutErrors().Of<ResponsibilityEntry>().Count);
        }

        [Fact]
        public void GetResponsibilityMatrix_IaasCustomer_WritesTheFiveCustomerLayers()
        {
            using var session = new ModuleSession();
            var layers = session.Run("Get-ResponsibilityMatrix IaaS -Owner Customer").WithoutErrors().Of<ResponsibilityEntry>().Select(e => e.Layer);
            Assert.Equal(new[] { Layer.Data, Layer.AccountsAndAccess, Layer.Application, Layer.Middleware, Layer.GuestOS }, layers);
        }

        [Fact]
        public void GetResponsibilityMatrix_Pivot_WritesARowPerLayerAsTheGuidelineTable()
        {
            using var session = new ModuleSession();
            var rows = session.Run("Get-ResponsibilityMatrix -Pivot").WithoutErrors().Of<MatrixPivotRow>();
            Assert.Equal(9, rows.Count);
            var middleware = rows.Single(r => r.Layer == Layer.Middleware);
            Assert.Equal((Owner.Provider, Owner.Shared, Owner.Customer, Owner.Customer), (middleware.SaaS, middleware.PaaS, middleware.IaaS, middleware.OnPremises));
        }

        [Fact]
        public void GetCloudServiceAndDeploymentModel_NoArguments_WriteTheModels()
        {
            using var session = new ModuleSession();
            Assert.Equal(4, session.Run("Get-CloudServiceModel").WithoutErrors().Of<ServiceModelInfo>().Count);
            Assert.Equal(4, session.Run("Get-CloudDeploymentModel").WithoutErrors().Of<DeploymentModelInfo>().Count);
            Assert.NotEmpty(session.Run("Get-ResponsibilityNote -ServiceModel SaaS").WithoutErrors().Of<ResponsibilityNote>());
        }

        [Fact]
        public void TabCompletion_GetCloudThreatId_OffersThreatIds()
        {
            using var session = new ModuleSession();
            var matches = session.Run("$line = 'Get-CloudThreat -Id TH-0'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText").WithoutErrors();
            Assert.Equal(new object[] { "TH-01", "TH-02", "TH-03", "TH-04", "TH-05" }, matches.Output.Select(o => o.BaseObject));
        }
    }
}
