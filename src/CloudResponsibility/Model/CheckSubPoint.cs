using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>One point of a check to confirm with the vendor: a questionnaire line. ID: <c>CHK-TE-05.4</c>.</summary>
    public sealed class CheckSubPoint : CatalogEntry
    {
        /// <summary>Creates a sub-point.</summary>
        public CheckSubPoint(string id, string checkItemId, int position, Language language, string name, string question, string source)
            : base(id, language, name, question, source)
        {
            CheckItemId = checkItemId;
            Position = position;
        }

        /// <summary>The check it belongs to.</summary>
        [ReportColumn]
        public string CheckItemId { get; }

        /// <summary>Its 1-based position in the check.</summary>
        [ReportColumn]
        public int Position { get; }

        /// <summary>The line to send the vendor (the same text as <see cref="CatalogEntry.Description"/>).</summary>
        [ReportColumn]
        public string Question => Description;
    }
}
