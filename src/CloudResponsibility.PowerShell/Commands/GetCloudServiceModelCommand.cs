using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the service models (SaaS, PaaS, IaaS, and on-premises for reference).</summary>
    [Cmdlet(VerbsCommon.Get, "CloudServiceModel", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(ServiceModelInfo))]
    public sealed class GetCloudServiceModelCommand : CatalogEntryCommand<ServiceModelInfo>
    {
        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindServiceModel;

        /// <inheritdoc />
        protected override IEnumerable<ServiceModelInfo> Entries => Catalog.ServiceModels;
    }
}
