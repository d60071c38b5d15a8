using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the deployment models (private, community, public, hybrid).</summary>
    [Cmdlet(VerbsCommon.Get, "CloudDeploymentModel", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(DeploymentModelInfo))]
    public sealed class GetCloudDeploymentModelCommand : CatalogEntryCommand<DeploymentModelInfo>
    {
        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindDeploymentModel;

        /// <inheritdoc />
        protected override IEnumerable<DeploymentModelInfo> Entries => Catalog.DeploymentModels;
    }
}
