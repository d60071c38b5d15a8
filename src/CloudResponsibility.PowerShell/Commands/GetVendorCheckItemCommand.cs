using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the checks to make of a provider before contracting (CSO §3), or their sub-points as questionnaire lines.</summary>
    [Cmdlet(VerbsCommon.Get, "VendorCheckItem", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(VendorCheckItem), typeof(CheckSubPoint))]
    public sealed class GetVendorCheckItemCommand : CatalogEntryCommand<VendorCheckItem>
    {
        /// <summary>Only checks of these areas.</summary>
        [Parameter]
        public CheckArea[]? Area { get; set; }

        /// <summary>Only checks that apply to these service models.</summary>
        [Parameter]
        public ServiceModel[]? ServiceModel { get; set; }

        /// <summary>Writes each check's sub-points (one questionnaire line each) instead of the checks; of a check named by sub-point IDs, just those.</summary>
        [Parameter]
        public SwitchParameter ExpandSubPoint { get; set; }

        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindCheckItem;

        /// <inheritdoc />
        protected override IEnumerable<VendorCheckItem> Entries => Catalog.CheckItems;

        /// <inheritdoc />
        protected override bool Include(VendorCheckItem entry) =>
            (Area is null || Area.Contains(entry.Area)) && (ServiceModel is null || ServiceModel.Any(entry.ServiceModels.Contains));

        /// <inheritdoc />
        protected override IReadOnlyList<CatalogEntry> Parts(VendorCheckItem entry) => entry.SubPoints;

        /// <inheritdoc />
        protected override IEnumerable<object> Shape(VendorCheckItem entry, IReadOnlyList<CatalogEntry>? namedParts) =>
            ExpandSubPoint ? namedParts ?? (IEnumerable<object>)entry.SubPoints : new object[] { entry };
    }
}
