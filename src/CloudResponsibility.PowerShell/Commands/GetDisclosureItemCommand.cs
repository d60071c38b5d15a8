using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>Gets the items a provider should disclose (IPA's reference guide, CSO §4.3), or their sub-items.</summary>
    [Cmdlet(VerbsCommon.Get, "DisclosureItem", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(DisclosureItem), typeof(DisclosureSubItem))]
    public sealed class GetDisclosureItemCommand : CatalogEntryCommand<DisclosureItem>
    {
        /// <summary>Writes each item's sub-items (one questionnaire line each) instead of the items; of an item named by sub-item IDs, just those.</summary>
        [Parameter]
        public SwitchParameter ExpandSubItem { get; set; }

        /// <inheritdoc />
        internal override string KindKey => MessageKey.KindDisclosureItem;

        /// <inheritdoc />
        protected override IEnumerable<DisclosureItem> Entries => Catalog.DisclosureItems;

        /// <inheritdoc />
        protected override IReadOnlyList<CatalogEntry> Parts(DisclosureItem entry) => entry.SubItems;

        /// <inheritdoc />
        protected override IEnumerable<object> Shape(DisclosureItem entry, IReadOnlyList<CatalogEntry>? namedParts) =>
            ExpandSubItem ? namedParts ?? (IEnumerable<object>)entry.SubItems : new object[] { entry };
    }
}
