using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A legal or jurisdiction point (CSO §5), when it applies, what has changed in the law since the
    /// source, and the service attributes that trigger it.
    /// </summary>
    public sealed class LegalConsideration : CatalogEntry
    {
        /// <summary>Creates a legal point.</summary>
        public LegalConsideration(
            string id, Language language, string name, string description, string condition, string currentLaw, string source,
            string trigger, ValueList<string> triggerAttributes, ValueList<string> iso27017, ValueList<string> ccmDomains)
            : base(id, language, name, description, source)
        {
            Condition = condition;
            CurrentLaw = currentLaw;
            Trigger = trigger;
            TriggerAttributes = triggerAttributes;
            Iso27017 = iso27017;
            CcmDomains = ccmDomains;
        }

        /// <summary>When it applies, in words.</summary>
        [ReportColumn]
        public string Condition { get; }

        /// <summary>What changed in the law since the source was written.</summary>
        [ReportColumn]
        public string CurrentLaw { get; }

        /// <summary>The machine-readable condition over a service (see the catalog's data README).</summary>
        [ReportColumn]
        public string Trigger { get; }

        /// <summary>The service attributes the trigger reads, e.g. <c>DataLocation;VendorCountry</c>.</summary>
        [ReportColumn]
        public ValueList<string> TriggerAttributes { get; }

        /// <summary>
        /// ISO controls it corresponds to: ISO/IEC 27017:2015's cloud controls (<c>CLD.9.5.1</c>) and the
        /// ISO/IEC 27002:2013 controls ISO/IEC 27017 applies to cloud services, by their 27002 number (<c>12.3.1</c>).
        /// </summary>
        [ReportColumn]
        public ValueList<string> Iso27017 { get; }

        /// <summary>CSA CCM v4 domains it corresponds to.</summary>
        [ReportColumn]
        public ValueList<string> CcmDomains { get; }
    }
}
