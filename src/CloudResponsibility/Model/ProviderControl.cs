using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>A measure the provider takes (CSO §4.1 technical, §4.2 operational), with its purpose.</summary>
    public sealed class ProviderControl : CatalogEntry
    {
        /// <summary>Creates a provider measure.</summary>
        public ProviderControl(
            string id, ControlKind kind, Language language, string name, string description, string purpose, string source,
            ValueList<string> iso27017, ValueList<string> ccmDomains, ValueList<string> threatIds, ValueList<string> checkItemIds,
            string noCheckReason)
            : base(id, language, name, description, source)
        {
            NoCheckReason = noCheckReason;
            Kind = kind;
            Purpose = purpose;
            Iso27017 = iso27017;
            CcmDomains = ccmDomains;
            ThreatIds = threatIds;
            CheckItemIds = checkItemIds;
        }

        /// <summary>Technical or operational.</summary>
        [ReportColumn]
        public ControlKind Kind { get; }

        /// <summary>What the measure is for, as the source gives it.</summary>
        [ReportColumn]
        public string Purpose { get; }

        /// <summary>
        /// ISO controls it corresponds to: ISO/IEC 27017:2015's cloud controls (<c>CLD.9.5.1</c>) and the
        /// ISO/IEC 27002:2013 controls ISO/IEC 27017 applies to cloud services, by their 27002 number (<c>12.3.1</c>).
        /// </summary>
        [ReportColumn]
        public ValueList<string> Iso27017 { get; }

        /// <summary>CSA CCM v4 domains it corresponds to.</summary>
        [ReportColumn]
        public ValueList<string> CcmDomains { get; }

        /// <summary>IDs of the threats it mitigates.</summary>
        [ReportColumn]
        public ValueList<string> ThreatIds { get; }

        /// <summary>IDs of the customer's checks that verify it.</summary>
        [ReportColumn]
        public ValueList<string> CheckItemIds { get; }

        /// <summary>Why no check verifies it; empty when <see cref="CheckItemIds"/> names one.</summary>
        [ReportColumn]
        public string NoCheckReason { get; }
    }
}
