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
            string serviceModelNote, ValueList<string> iso27017, ValueList<string> ccmDomains, ValueList<string> disclosureItemIds,
            ValueList<string> uncoveredSubPointIds, string gapNote)
            : base(id, language, name, description, source)
        {
            UncoveredSubPointIds = uncoveredSubPointIds;
            GapNote = gapNote;
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

        /// <summary>
        /// IDs of the provider measures it verifies: through every sub-point but those in
        /// <see cref="UncoveredSubPointIds"/>.
        /// </summary>
        [ReportColumn]
        public ValueList<string> ProviderControlIds { get; }

        /// <summary>The service models it applies to (the source states SaaS and PaaS; IaaS is decided per check).</summary>
        [ReportColumn]
        public ValueList<ServiceModel> ServiceModels { get; }

        /// <summary>Why the check does or does not apply to IaaS.</summary>
        [ReportColumn]
        public string ServiceModelNote { get; }

        /// <summary>
        /// ISO controls it corresponds to: ISO/IEC 27017:2015's cloud controls (<c>CLD.9.5.1</c>) and the
        /// ISO/IEC 27002:2013 controls ISO/IEC 27017 applies to cloud services, by their 27002 number (<c>12.3.1</c>).
        /// </summary>
        [ReportColumn]
        public ValueList<string> Iso27017 { get; }

        /// <summary>CSA CCM v4 domains it corresponds to.</summary>
        [ReportColumn]
        public ValueList<string> CcmDomains { get; }

        /// <summary>IDs of the IPA disclosure items that cover it.</summary>
        [ReportColumn]
        public ValueList<string> DisclosureItemIds { get; }

        /// <summary>
        /// IDs of its sub-points that no provider measure of the catalog covers: a gap in the sources,
        /// recorded as such rather than as a weak link. Empty when every sub-point is covered.
        /// </summary>
        [ReportColumn]
        public ValueList<string> UncoveredSubPointIds { get; }

        /// <summary>What <see cref="UncoveredSubPointIds"/> leaves uncovered and why; empty when nothing is.</summary>
        [ReportColumn]
        public string GapNote { get; }
    }
}
