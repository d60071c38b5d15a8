using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A check the customer makes of a provider before contracting (CSO §3), with its sub-points —
    /// one questionnaire line each — and the provider measures it verifies.
    /// </summary>
    public sealed class VendorCheckItem : CatalogEntry
    {
        /// <summary>Creates a check.</summary>
        public VendorCheckItem(
            string id, CheckArea area, Language language, string name, string description, string source,
            ValueList<CheckSubPoint> subPoints, ValueList<string> providerControlIds, ValueList<ServiceModel> serviceModels,
            string serviceModelNote, ValueList<string> iso27017, ValueList<string> ccmDomains, ValueList<string> disclosureItemIds)
            : base(id, language, name, description, source)
        {
            Area = area;
            SubPoints = subPoints;
            ProviderControlIds = providerControlIds;
            ServiceModels = serviceModels;
            ServiceModelNote = serviceModelNote;
            Iso27017 = iso27017;
            CcmDomains = ccmDomains;
            DisclosureItemIds = disclosureItemIds;
        }

        /// <summary>The area of the check.</summary>
        [ReportColumn]
        public CheckArea Area { get; }

        /// <summary>The points to confirm, in the source's order.</summary>
        [ReportColumn]
        public ValueList<CheckSubPoint> SubPoints { get; }

        /// <summary>IDs of the provider measures it verifies.</summary>
        [ReportColumn]
        public ValueList<string> ProviderControlIds { get; }

        /// <summary>The service models it applies to (the source states SaaS and PaaS; IaaS is decided per check).</summary>
        [ReportColumn]
        public ValueList<ServiceModel> ServiceModels { get; }

        /// <summary>Why the check does or does not apply to IaaS.</summary>
        [ReportColumn]
        public string ServiceModelNote { get; }

        /// <summary>ISO/IEC 27017:2015 controls it corresponds to.</summary>
        [ReportColumn]
        public ValueList<string> Iso27017 { get; }

        /// <summary>CSA CCM v4 domains it corresponds to.</summary>
        [ReportColumn]
        public ValueList<string> CcmDomains { get; }

        /// <summary>IDs of the IPA disclosure items that cover it.</summary>
        [ReportColumn]
        public ValueList<string> DisclosureItemIds { get; }
    }
}
