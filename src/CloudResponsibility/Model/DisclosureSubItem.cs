using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>One sub-item of a disclosure item: a questionnaire line. ID: <c>DIS-05.2</c>.</summary>
    public sealed class DisclosureSubItem : CatalogEntry
    {
        /// <summary>Creates a sub-item.</summary>
        public DisclosureSubItem(string id, string disclosureItemId, int position, Language language, string name, string question, string source)
            : base(id, language, name, question, source)
        {
            DisclosureItemId = disclosureItemId;
            Position = position;
        }

        /// <summary>The disclosure item it belongs to.</summary>
        [ReportColumn]
        public string DisclosureItemId { get; }

        /// <summary>Its 1-based position in the item.</summary>
        [ReportColumn]
        public int Position { get; }

        /// <summary>The line to send the vendor (the same text as <see cref="CatalogEntry.Description"/>).</summary>
        [ReportColumn]
        public string Question => Description;
    }
}
