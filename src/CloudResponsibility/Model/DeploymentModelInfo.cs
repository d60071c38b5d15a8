using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>A deployment model as the catalog describes it (CSO §2.1 table 2).</summary>
    public sealed class DeploymentModelInfo : CatalogEntry
    {
        /// <summary>Creates the description of a deployment model.</summary>
        public DeploymentModelInfo(DeploymentModel deploymentModel, Language language, string name, string description, string source)
            : base(deploymentModel.ToString(), language, name, description, source)
        {
            DeploymentModel = deploymentModel;
        }

        /// <summary>The deployment model.</summary>
        [ReportColumn]
        public DeploymentModel DeploymentModel { get; }
    }
}
