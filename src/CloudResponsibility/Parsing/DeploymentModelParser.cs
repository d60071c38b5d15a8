using CloudResponsibility.Model;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a deployment model: Private, Community, Public or Hybrid (optionally followed by
    /// "Cloud") in any case and width, and プライベート, コミュニティ, パブリック, ハイブリッド
    /// (optionally followed by クラウド).
    /// </summary>
    public static class DeploymentModelParser
    {
        private static readonly AliasTable<DeploymentModel> Table = new AliasTable<DeploymentModel>()
            .Add(DeploymentModel.Private, "Private", "Private Cloud", "プライベート", "プライベートクラウド")
            .Add(DeploymentModel.Community, "Community", "Community Cloud", "コミュニティ", "コミュニティクラウド")
            .Add(DeploymentModel.Public, "Public", "Public Cloud", "パブリック", "パブリッククラウド")
            .Add(DeploymentModel.Hybrid, "Hybrid", "Hybrid Cloud", "ハイブリッド", "ハイブリッドクラウド");

        /// <summary>Reads a deployment model; false for an empty or unknown text.</summary>
        public static bool TryParse(string? text, out DeploymentModel model)
        {
            model = default;
            switch (text)
            {
                case null: return false;
                case "Private": model = DeploymentModel.Private; return true;
                case "Community": model = DeploymentModel.Community; return true;
                case "Public": model = DeploymentModel.Public; return true;
                case "Hybrid": model = DeploymentModel.Hybrid; return true;
            }
            return Table.TryGet(text, out model);
        }
    }
}
