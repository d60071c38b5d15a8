using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>Services from any source — here PSCustomObjects as Import-Csv makes them — joined with the matrix and the legal points.</summary>
    public sealed class ServicePipelineTests
    {
        private const string TwoServices =
            "$services = @([pscustomobject]@{ ServiceName = 'CRM'; ServiceModel = 'saas'; DataLocation = 'JP;US'; CostCenter = 'CC-1' }, " +
            "[pscustomobject]@{ 'サービス名' = '設計データ'; 'サービスモデル' = 'ＩａａＳ'; 'データ保管場所' = '米国'; '輸出管理対象' = 'はい' });";

        [Fact]
        public void GetResponsibilityMatrix_ImportCsvLikeObjects_WritesNineRowsPerServiceWithPropertiesCarried()
        {
            using var session = new ModuleSession();
            var result = session.Run(TwoServices + "$services | Get-ResponsibilityMatrix").WithoutErrors();
            var rows = result.Of<ServiceResponsibility>();
            Assert.Equal(18, rows.Count);
            Assert.Equal(new[] { "CRM", "設計データ" }, rows.Select(r => r.ServiceName).Distinct());
            Assert.Equal(ServiceModel.IaaS, rows.Last().ServiceModel);
            Assert.Equal(new[] { "JP", "US" }, rows.First().DataLocation);
            Assert.Equal(new KeyValuePair<string, string>("CostCenter", "CC-1"), Assert.Single(rows.First().AdditionalColumns));
        }

        [Fact]
        public void GetResponsibilityMatrix_ExtraColumns_AreOnTheRowsServiceNotOnTheRow()
        {
            using var session = new ModuleSession();
            var result = session.Run(TwoServices + "$row = @($services | Get-ResponsibilityMatrix)[0]; $row.Service.CostCenter; $null -eq $row.PSObject.Properties['CostCenter']; $row.AdditionalColumns.ToString()").WithoutErrors();
            // ToString is what Export-Csv writes for the AdditionalColumns property.
            Assert.Equal(new object[] { "CC-1", true, "CostCenter=CC-1" }, result.Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void ExportCloudReport_MatrixRows_WritesTheInventorysExtraColumnsLastInTheirOrder()
        {
            using var session = new ModuleSession();
            var report = Path.Combine(Path.GetTempPath(), "cr-extra-" + System.Guid.NewGuid().ToString("N") + ".csv");
            try
            {
                session.Run(TwoServices.Replace("CostCenter = 'CC-1'", "CostCenter = 'CC-1'; ContractEnd = '2027-03-31'") +
                    $"$services[0] | Get-ResponsibilityMatrix | Export-CloudReport '{report}'").WithoutErrors();
                var lines = File.ReadAllLines(report);
                Assert.EndsWith(",ServiceOwner,CostCenter,ContractEnd", lines[0]);
                Assert.All(lines.Skip(1), line => Assert.EndsWith(",CC-1,2027-03-31", line));
                Assert.Equal(10, lines.Length);
            }
            finally
            {
                File.Delete(report);
            }
        }

        [Fact]
        public void GetResponsibilityMatrix_UnknownServiceModel_WritesErrorWithInputPositionColumnAndValueAndGoesOn()
        {
            using var session = new ModuleSession();
            var result = session.Run("@([pscustomobject]@{ ServiceName = 'B'; ServiceModel = 'PaaS' }, [pscustomobject]@{ ServiceName = 'A'; ServiceModel = 'FaaS' }) | Get-ResponsibilityMatrix");
            Assert.Equal(9, result.Of<ServiceResponsibility>().Count);
            var error = Assert.Single(result.Errors);
            Assert.Equal("UnknownServiceModel,CloudResponsibility.PowerShell.Commands.GetResponsibilityMatrixCommand", error.FullyQualifiedErrorId);
            Assert.StartsWith("Input object 2, column 'ServiceModel': 'FaaS'", error.ToString());
            var target = Assert.IsType<InventoryError>(error.TargetObject);
            Assert.Equal((2L, (long?)null, "ServiceModel", "FaaS"), (target.InputPosition!.Value, target.Row, target.Column, target.Value));
        }

        [Fact]
        public void GetResponsibilityMatrix_OverrideFile_MarksOverriddenRowsAndCitesTheClause()
        {
            using var session = new ModuleSession();
            var overrides = Path.Combine(Path.GetTempPath(), "cr-overrides-" + System.Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllText(overrides, "ServiceName,Layer,Owner,Clause\r\nCRM,Data,Shared,MSA 7.3\r\n", new System.Text.UTF8Encoding(true));
            try
            {
                var rows = session.Run(TwoServices + $"$services | Get-ResponsibilityMatrix -OverridePath '{overrides}'").WithoutErrors().Of<ServiceResponsibility>();
                var data = rows.Single(r => r.ServiceName == "CRM" && r.Layer == Layer.Data);
                Assert.True(data.IsOverridden);
                Assert.Equal(Owner.Shared, data.Owner);
                Assert.Equal(Owner.Customer, data.GeneralOwner);
                Assert.Equal("MSA 7.3", data.Clause);
                Assert.Single(rows, r => r.IsOverridden);
            }
            finally
            {
                File.Delete(overrides);
            }
        }

        [Fact]
        public void GetResponsibilityMatrix_ContractOverridesColumn_AppliesTheInventorysOwnOverrides()
        {
            using var session = new ModuleSession();
            var rows = session.Run("[pscustomobject]@{ ServiceName = 'DB'; ServiceModel = 'PaaS'; ContractOverrides = 'Middleware=Provider:SLA 4.2' } | Get-ResponsibilityMatrix -Owner Provider").WithoutErrors().Of<ServiceResponsibility>();
            var middleware = rows.Single(r => r.Layer == Layer.Middleware);
            Assert.True(middleware.IsOverridden);
            Assert.Equal("SLA 4.2", middleware.Clause);
        }

        [Fact]
        public void GetLegalConsideration_Services_TriggersByAttributeWithTheReason()
        {
            using var session = new ModuleSession();
            var findings = session.Run(TwoServices + "$services | Get-LegalConsideration").WithoutErrors().Of<ServiceLegalFinding>();
            Assert.Contains(findings, f => f.ServiceName == "CRM" && f.Id == "LEG-03" && f.TriggerAttributes.SequenceEqual(new[] { "DataLocation" }) && f.TriggerValues.SequenceEqual(new[] { "US" }));
            Assert.Contains(findings, f => f.ServiceName == "設計データ" && f.Id == "LEG-02" && f.TriggerAttributes.Contains("ExportControlled") && f.Reason.Contains("ExportControlled"));
            Assert.DoesNotContain(findings, f => f.Id == "LEG-04");
        }

        [Fact]
        public void GetLegalConsideration_DataAtHome_TriggersNoDataLocationPoint()
        {
            using var session = new ModuleSession();
            var atHome = session.Run("[pscustomobject]@{ ServiceName = 'kintone'; ServiceModel = 'SaaS'; DataLocation = '日本'; VendorCountry = 'JP' } | Get-LegalConsideration").WithoutErrors();
            Assert.Empty(atHome.Output);
            var usCustomer = session.Run("[pscustomobject]@{ ServiceName = 'kintone'; ServiceModel = 'SaaS'; DataLocation = 'JP' } | Get-LegalConsideration -HomeCountry US").WithoutErrors().Of<ServiceLegalFinding>();
            Assert.Equal("LEG-01", Assert.Single(usCustomer).Id);
        }
    }
}
