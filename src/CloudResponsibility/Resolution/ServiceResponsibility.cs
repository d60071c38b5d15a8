using System.Collections.Generic;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// One layer of one service's responsibility matrix: the general split of its service model, or
    /// the contract's override of it (with the clause), and the service's attributes carried along,
    /// so that rows group, filter and export per service.
    /// </summary>
    public sealed class ServiceResponsibility
    {
        internal ServiceResponsibility(CloudService service, ResponsibilityEntry general, ContractOverride? contractOverride)
        {
            Service = service;
            General = general;
            Override = contractOverride;
        }

        /// <summary>The service this row is about: a link, not a report column; piped on, the row stands for it.</summary>
        public CloudService Service { get; }

        internal ResponsibilityEntry General { get; }

        internal ContractOverride? Override { get; }

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>Its service model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>The layer.</summary>
        [ReportColumn]
        public Layer Layer => General.Layer;

        /// <summary>Who secures the layer for this service: the contract's owner when it overrides, else the general one.</summary>
        [ReportColumn]
        public Owner Owner => Override?.Owner ?? General.Owner;

        /// <summary>Whether the contract departs from the general split here.</summary>
        [ReportColumn]
        public bool IsOverridden => Override is not null;

        /// <summary>The contract clause that sets the owner, when overridden.</summary>
        [ReportColumn]
        public string? Clause => Override?.Clause;

        /// <summary>The owner under the general split of the service model (MIC-GL3 I.6).</summary>
        [ReportColumn]
        public Owner GeneralOwner => General.Owner;

        /// <summary>What the customer must do in the layer under the general split.</summary>
        [ReportColumn]
        public string CustomerDuty => General.CustomerDuty;

        /// <summary>What the provider must do in the layer under the general split.</summary>
        [ReportColumn]
        public string ProviderDuty => General.ProviderDuty;

        /// <summary>The source of the general split.</summary>
        [ReportColumn]
        public string Source => General.Source;

        /// <summary>The layer's position, top first.</summary>
        [ReportColumn]
        public int LayerOrder => General.LayerOrder;

        /// <summary>The layer's name in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string LayerName => General.Name;

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language => General.Language;

        /// <summary>The service's vendor.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>The service's deployment model.</summary>
        [ReportColumn]
        public DeploymentModel? DeploymentModel => Service.DeploymentModel;

        /// <summary>Where the service's data is.</summary>
        [ReportColumn]
        public ValueList<string> DataLocation => Service.DataLocation;

        /// <summary>The vendor's home country.</summary>
        [ReportColumn]
        public string? VendorCountry => Service.VendorCountry;

        /// <summary>Whether the service holds personal data.</summary>
        [ReportColumn]
        public bool? PersonalData => Service.PersonalData;

        /// <summary>Whether the service holds EU personal data.</summary>
        [ReportColumn]
        public bool? EuPersonalData => Service.EuPersonalData;

        /// <summary>Whether the service holds medical information.</summary>
        [ReportColumn]
        public bool? MedicalData => Service.MedicalData;

        /// <summary>Whether the service holds export-controlled technology.</summary>
        [ReportColumn]
        public bool? ExportControlled => Service.ExportControlled;

        /// <summary>The person or team responsible for the service (the inventory's Owner column).</summary>
        [ReportColumn]
        public string? ServiceOwner => Service.Owner;

        /// <summary>The inventory's other columns, carried along in their original order.</summary>
        [ReportColumnPairs]
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalColumns => Service.AdditionalColumns;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{Layer}: {Owner}";
    }
}
