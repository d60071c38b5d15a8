using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class InventoryColumnNamesTests
    {
        [Theory]
        [InlineData("ServiceName", InventoryColumn.ServiceName)]
        [InlineData("servicename", InventoryColumn.ServiceName)]
        [InlineData("Service Name", InventoryColumn.ServiceName)]
        [InlineData("service_name", InventoryColumn.ServiceName)]
        [InlineData("SERVICE-NAME", InventoryColumn.ServiceName)]
        [InlineData("  ServiceName  ", InventoryColumn.ServiceName)]
        [InlineData("ＳｅｒｖｉｃｅＮａｍｅ", InventoryColumn.ServiceName)]
        [InlineData("サービス名", InventoryColumn.ServiceName)]
        [InlineData("Vendor", InventoryColumn.Vendor)]
        [InlineData("事業者", InventoryColumn.Vendor)]
        [InlineData("提供事業者", InventoryColumn.Vendor)]
        [InlineData("ベンダー", InventoryColumn.Vendor)]
        [InlineData("ﾍﾞﾝﾀﾞｰ", InventoryColumn.Vendor)]
        [InlineData("Service Model", InventoryColumn.ServiceModel)]
        [InlineData("サービスモデル", InventoryColumn.ServiceModel)]
        [InlineData("Deployment_Model", InventoryColumn.DeploymentModel)]
        [InlineData("提供モデル", InventoryColumn.DeploymentModel)]
        [InlineData("配備モデル", InventoryColumn.DeploymentModel)]
        [InlineData("クラウド提供モデル", InventoryColumn.DeploymentModel)]
        [InlineData("Data Location", InventoryColumn.DataLocation)]
        [InlineData("データ保管場所", InventoryColumn.DataLocation)]
        [InlineData("データ所在地", InventoryColumn.DataLocation)]
        [InlineData("データ保存場所", InventoryColumn.DataLocation)]
        [InlineData("personal data", InventoryColumn.PersonalData)]
        [InlineData("個人情報", InventoryColumn.PersonalData)]
        [InlineData("EU Personal Data", InventoryColumn.EuPersonalData)]
        [InlineData("EU個人データ", InventoryColumn.EuPersonalData)]
        [InlineData("ＥＵ個人データ", InventoryColumn.EuPersonalData)]
        [InlineData("Medical Data", InventoryColumn.MedicalData)]
        [InlineData("医療情報", InventoryColumn.MedicalData)]
        [InlineData("Export Controlled", InventoryColumn.ExportControlled)]
        [InlineData("輸出管理対象", InventoryColumn.ExportControlled)]
        [InlineData("特定技術", InventoryColumn.ExportControlled)]
        [InlineData("Vendor Country", InventoryColumn.VendorCountry)]
        [InlineData("事業者所在国", InventoryColumn.VendorCountry)]
        [InlineData("owner", InventoryColumn.Owner)]
        [InlineData("担当者", InventoryColumn.Owner)]
        [InlineData("Contract Overrides", InventoryColumn.ContractOverrides)]
        [InlineData("契約上の分担", InventoryColumn.ContractOverrides)]
        [InlineData("契約による分担", InventoryColumn.ContractOverrides)]
        public void TryGetColumn_KnownHeader_ReturnsColumn(string header, InventoryColumn expected)
        {
            Assert.True(InventoryColumnNames.TryGetColumn(header, out var column));
            Assert.Equal(expected, column);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("Notes")]
        [InlineData("Service")]
        [InlineData("Name")]
        [InlineData("備考")]
        [InlineData("ServiceNames")]
        [InlineData("Provider")]
        public void TryGetColumn_OtherHeader_ReturnsFalse(string? header)
        {
            Assert.False(InventoryColumnNames.TryGetColumn(header, out _));
        }

        [Fact]
        public void GetNames_EveryColumn_StartsWithItsEnglishNameAndReadsBack()
        {
            foreach (var column in InventoryColumnNames.All)
            {
                var names = InventoryColumnNames.GetNames(column);
                Assert.Equal(column.ToString(), names[0]);
                Assert.True(names.Count >= 2, $"{column} has no Japanese name.");
                foreach (var name in names)
                {
                    Assert.True(InventoryColumnNames.TryGetColumn(name, out var found));
                    Assert.Equal(column, found);
                }
            }
        }

        [Fact]
        public void All_Columns_MatchThePropertiesOfCloudService()
        {
            // A column per property the inventory sets: a new property of the model needs a column here.
            var properties = typeof(CloudService).GetProperties().Select(p => p.Name).Where(n => n != nameof(CloudService.AdditionalColumns)).OrderBy(n => n);
            Assert.Equal(properties, InventoryColumnNames.All.Select(c => c.ToString()).OrderBy(n => n));
        }

        [Fact]
        public void Required_IsServiceNameAndServiceModel()
        {
            Assert.Equal(new[] { InventoryColumn.ServiceName, InventoryColumn.ServiceModel }, InventoryColumnNames.Required);
            Assert.All(InventoryColumnNames.All, c => Assert.Equal(InventoryColumnNames.Required.Contains(c), InventoryColumnNames.IsRequired(c)));
        }
    }
}
