using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A threat to cloud services (CSO §2.2), with who mitigates it: provider measures, and the
    /// customer's duties in <see cref="CustomerLayers"/> — those of them the customer owns under a
    /// given service model (the matrix decides which).
    /// </summary>
    public sealed class CloudThreat : CatalogEntry
    {
        /// <summary>Creates a threat.</summary>
        public CloudThreat(
            string id, ThreatCategory category, Language language, string name, string description, string example, string source,
            ValueList<string> providerControlIds, ValueList<Layer> customerLayers, ValueList<string> attackTechniques,
            ValueList<string> iso27017, ValueList<string> ccmDomains, ServiceModel? serviceModel = null)
            : base(id, language, name, description, source)
        {
            ServiceModel = serviceModel;
            Category = category;
            Example = example;
            ProviderControlIds = providerControlIds;
            CustomerLayers = customerLayers;
            AttackTechniques = attackTechniques;
            Iso27017 = iso27017;
            CcmDomains = ccmDomains;
        }

        /// <summary>
        /// The service model <see cref="CustomerLayers"/> was narrowed to (the layers the customer
        /// owns or shares under it); null when they are all the layers the threat concerns.
        /// </summary>
        [ReportColumn]
        public ServiceModel? ServiceModel { get; }

        /// <summary>The threat's category.</summary>
        [ReportColumn]
        public ThreatCategory Category { get; }

        /// <summary>The source's example.</summary>
        [ReportColumn]
        public string Example { get; }

        /// <summary>IDs of the provider measures that mitigate it.</summary>
        [ReportColumn]
        public ValueList<string> ProviderControlIds { get; }

        /// <summary>The layers in which the customer's duties mitigate it.</summary>
        [ReportColumn]
        public ValueList<Layer> CustomerLayers { get; }

        /// <summary>MITRE ATT&amp;CK Enterprise technique IDs that belong to it.</summary>
        [ReportColumn]
        public ValueList<string> AttackTechniques { get; }

        /// <summary>
        /// ISO controls that address it: ISO/IEC 27017:2015's cloud controls (<c>CLD.9.5.1</c>) and the
        /// ISO/IEC 27002:2013 controls ISO/IEC 27017 applies to cloud services, by their 27002 number (<c>12.3.1</c>).
        /// </summary>
        [ReportColumn]
        public ValueList<string> Iso27017 { get; }

        /// <summary>CSA CCM v4 domains that address it.</summary>
        [ReportColumn]
        public ValueList<string> CcmDomains { get; }

        /// <summary>
        /// The threat as it concerns a customer of <paramref name="serviceModel"/>: its customer layers
        /// narrowed to <paramref name="customerOwnedLayers"/>, the layers that model leaves to the customer.
        /// </summary>
        public CloudThreat Under(ServiceModel serviceModel, IEnumerable<Layer> customerOwnedLayers)
        {
            var owned = new HashSet<Layer>(customerOwnedLayers);
            return new CloudThreat(Id, Category, Language, Name, Description, Example, Source, ProviderControlIds,
                new ValueList<Layer>(CustomerLayers.Where(owned.Contains)), AttackTechniques, Iso27017, CcmDomains, serviceModel);
        }
    }
}
