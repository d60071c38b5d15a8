using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// An ID in an external framework the catalog points to — a MITRE ATT&amp;CK technique, an
    /// ISO/IEC 27017 cloud control or ISO/IEC 27002 control, a CSA CCM domain — with a short English
    /// title. IDs and titles only: the frameworks' texts are not ours to ship.
    /// </summary>
    public sealed class ReferenceControl
    {
        /// <summary>The framework of ISO/IEC 27017:2015's own cloud controls (<c>CLD.9.5.1</c>).</summary>
        public const string Iso27017 = "ISO/IEC 27017";

        /// <summary>The framework of the ISO/IEC 27002:2013 controls ISO/IEC 27017 applies to cloud services (<c>12.3.1</c>).</summary>
        public const string Iso27002 = "ISO/IEC 27002";

        /// <summary>Creates a reference.</summary>
        public ReferenceControl(string framework, string id, string title)
        {
            Framework = framework;
            Id = id;
            Title = title;
        }

        /// <summary><c>ATT&amp;CK</c>, <c>ISO/IEC 27017</c>, <c>ISO/IEC 27002</c> or <c>CSA CCM</c>.</summary>
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
