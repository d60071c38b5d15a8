using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the threats to cloud services (CSO §2.2) and who mitigates each.</summary>
    [Cmdlet(VerbsCommon.Get, "CloudThreat", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(CloudThreat))]
    public sealed class GetCloudThreatCommand : CatalogEntryCommand<CloudThreat>
    {
        /// <summary>Only threats of these categories.</summary>
        [Parameter]
        public ThreatCategory[]? Category { get; set; }

        /// <summary>Narrows each threat's customer layers to those the customer owns or shares under this service model.</summary>
        [Parameter]
        public ServiceModel? ServiceModel { get; set; }

        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindThreat;

        /// <inheritdoc />
        protected override IEnumerable<CloudThreat> Entries => Catalog.Threats;

        /// <inheritdoc />
        protected override bool Include(CloudThreat entry) => Category is null || Category.Contains(entry.Category);

        /// <inheritdoc />
        protected override IEnumerable<object> Shape(CloudThreat entry, IReadOnlyList<CatalogEntry>? namedParts)
        {
            yield return ServiceModel is { } model ? entry.Under(model, Catalog.CustomerLayers(model)) : entry;
        }
    }
}
