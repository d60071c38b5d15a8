using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the service models (SaaS, PaaS, IaaS, and on-premises for reference).</summary>
    [Cmdlet(VerbsCommon.Get, "CloudServiceModel", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(ServiceModelInfo))]
    public sealed class GetCloudServiceModelCommand : CatalogEntryCommand<ServiceModelInfo>
    {
        /// <inheritdoc />
        protected override string KindName => "service model";

        /// <inheritdoc />
        protected override IEnumerable<ServiceModelInfo> Entries => Catalog.ServiceModels;
    }
}
