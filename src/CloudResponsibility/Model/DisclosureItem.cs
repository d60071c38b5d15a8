using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>An item providers should disclose (IPA's 2011 reference guide, CSO §4.3), and the checks it covers.</summary>
    public sealed class DisclosureItem : CatalogEntry
    {
        /// <summary>Creates a disclosure item.</summary>
        public DisclosureItem(string id, Language language, string name, string description, string source,
            ValueList<DisclosureSubItem> subItems, ValueList<string> checkItemIds)
            : base(id, language, name, description, source)
        {
            SubItems = subItems;
            CheckItemIds = checkItemIds;
        }

        /// <summary>The sub-items, in the guide's order.</summary>
        [ReportColumn]
        public ValueList<DisclosureSubItem> SubItems { get; }

        /// <summary>IDs of the customer's checks it covers.</summary>
        [ReportColumn]
        public ValueList<string> CheckItemIds { get; }
    }
}
