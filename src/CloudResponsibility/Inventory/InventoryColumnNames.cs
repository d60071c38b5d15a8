using System;
using System.Collections.Generic;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The headers that name each <see cref="InventoryColumn"/>. A header matches after trimming,
    /// NFKC normalisation (full-width letters become half-width) and ignoring case; spaces,
    /// underscores and hyphens inside it are ignored too, so "Service Name", "service_name" and
    /// "ＳｅｒｖｉｃｅＮａｍｅ" all name <see cref="InventoryColumn.ServiceName"/>.
    /// <list type="table">
    /// <listheader><term>Column</term><description>Headers</description></listheader>
    /// <item><term>ServiceName (required)</term><description>ServiceName, サービス名</description></item>
    /// <item><term>Vendor</term><description>Vendor, 事業者, 提供事業者, ベンダー</description></item>
    /// <item><term>ServiceModel (required)</term><description>ServiceModel, サービスモデル</description></item>
    /// <item><term>DeploymentModel</term><description>DeploymentModel, 提供モデル, 配備モデル, クラウド提供モデル</description></item>
    /// <item><term>DataLocation</term><description>DataLocation, データ保管場所, データ所在地, データ保存場所</description></item>
    /// <item><term>PersonalData</term><description>PersonalData, 個人情報</description></item>
    /// <item><term>EuPersonalData</term><description>EuPersonalData, EU個人データ</description></item>
    /// <item><term>MedicalData</term><description>MedicalData, 医療情報</description></item>
    /// <item><term>ExportControlled</term><description>ExportControlled, 輸出管理対象, 特定技術</description></item>
    /// <item><term>VendorCountry</term><description>VendorCountry, 事業者所在国</description></item>
    /// <item><term>Owner</term><description>Owner, 担当者</description></item>
    /// <item><term>ContractOverrides</term><description>ContractOverrides, 契約上の分担, 契約による分担</description></item>
    /// </list>
    /// </summary>
    public static class InventoryColumnNames
    {
        // One row per column, the English name first: the README and the error messages show them in this order.
        private static readonly string[][] Names =
        {
            new[] { "ServiceName", "サービス名" },
            new[] { "Vendor", "事業者", "提供事業者", "ベンダー" },
            new[] { "ServiceModel", "サービスモデル" },
            new[] { "DeploymentModel", "提供モデル", "配備モデル", "クラウド提供モデル" },
            new[] { "DataLocation", "データ保管場所", "データ所在地", "データ保存場所" },
            new[] { "PersonalData", "個人情報" },
            new[] { "EuPersonalData", "EU個人データ" },
            new[] { "MedicalData", "医療情報" },
            new[] { "ExportControlled", "輸出管理対象", "特定技術" },
            new[] { "VendorCountry", "事業者所在国" },
            new[] { "Owner", "担当者" },
            new[] { "ContractOverrides", "契約上の分担", "契約による分担" },
        };

        /// <summary>The columns as the reading layer matches headers to them.</summary>
        internal static readonly ColumnSet Set = new ColumnSet(Names, new[] { (int)InventoryColumn.ServiceName, (int)InventoryColumn.ServiceModel });

        /// <summary>Every column, in the order of the enum (the order a written inventory uses).</summary>
        public static IReadOnlyList<InventoryColumn> All { get; } = (InventoryColumn[])Enum.GetValues(typeof(InventoryColumn));

        /// <summary>The columns an inventory must have.</summary>
        public static IReadOnlyList<InventoryColumn> Required { get; } = new[] { InventoryColumn.ServiceName, InventoryColumn.ServiceModel };

        /// <summary>Whether an inventory must have the column.</summary>
        public static bool IsRequired(InventoryColumn column) => Set.IsRequired((int)column);

        /// <summary>The headers that name a column: the English name (the property of the service) first, then the Japanese ones.</summary>
        public static IReadOnlyList<string> GetNames(InventoryColumn column) => Set.NamesOf((int)column);

        /// <summary>Finds the column a header names; false for a header the tool does not interpret.</summary>
        public static bool TryGetColumn(string? header, out InventoryColumn column)
        {
            var found = Set.TryGetColumn(header, out var index);
            column = found ? (InventoryColumn)index : default;
            return found;
        }
    }
}
