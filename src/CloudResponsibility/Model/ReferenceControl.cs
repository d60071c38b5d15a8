using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// An ID in an external framework the catalog points to — a MITRE ATT&amp;CK technique, an
    /// ISO/IEC 27017 control, a CSA CCM domain — with a short English title. IDs and titles only:
    /// the frameworks' texts are not ours to ship.
    /// </summary>
    public sealed class ReferenceControl
    {
        /// <summary>Creates a reference.</summary>
        public ReferenceControl(string framework, string id, string title)
        {
            Framework = framework;
            Id = id;
            Title = title;
        }

        /// <summary><c>ATT&amp;CK</c>, <c>ISO/IEC 27017</c> or <c>CSA CCM</c>.</summary>
        [ReportColumn]
        public string Framework { get; }

        /// <summary>The framework's ID.</summary>
        [ReportColumn]
        public string Id { get; }

        /// <summary>A short English title.</summary>
        [ReportColumn]
        public string Title { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
