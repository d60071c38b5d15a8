using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using CloudResponsibility.ThreatModel;

namespace CloudResponsibility.Tests.ThreatModel
{
    /// <summary>Services to model: one per service model, and the module's sample inventory with its contract overrides.</summary>
    internal static class ThreatModelSamples
    {
        public static CatalogView Catalog(Language language = Language.En) => CloudCatalog.Default.In(language);

        public static CloudService SaaS => new CloudService("kintone", ServiceModel.SaaS, vendor: "サイボウズ", deploymentModel: DeploymentModel.Public, personalData: true);

        public static CloudService PaaS => new CloudService("電子カルテ連携基盤", ServiceModel.PaaS, deploymentModel: DeploymentModel.Private, medicalData: true);

        public static CloudService IaaS => new CloudService("Amazon EC2 (設計データ)", ServiceModel.IaaS, deploymentModel: DeploymentModel.Public, exportControlled: true,
            contractOverrides: new ValueList<ContractOverride>(new[] { new ContractOverride(Layer.Data, Owner.Shared, "契約書 第12条") }));

        public static IEnumerable<object[]> ByServiceModel() => new[] { new object[] { "SaaS" }, new object[] { "PaaS" }, new object[] { "IaaS" } };

        public static CloudService ByName(string model) => model switch
        {
            "SaaS" => SaaS,
            "PaaS" => PaaS,
            _ => IaaS,
        };

        public static string SampleFolder => Path.Combine(RepositoryPaths.Root, "module", "samples");

        /// <summary>Every service of the sample inventory.</summary>
        public static List<CloudService> SampleInventory()
        {
            using var reader = InventoryReader.Open(Path.Combine(SampleFolder, "inventory.csv"));
            return reader.ReadAll().Where(r => r.Kind == InventoryReadResultKind.Service).Select(r => r.Service!).ToList();
        }

        /// <summary>The sample's contract-override file.</summary>
        public static OverrideSet SampleOverrides() => ContractOverrideFile.Read(Path.Combine(SampleFolder, "contract-overrides.csv")).Overrides;
    }
}
