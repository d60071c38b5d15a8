using System;
using System.Collections.Generic;
using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// One cloud service of an organisation's inventory: what it is, who runs it,
    /// where its data lives, which kinds of data it holds, and the contract's departures from the
    /// general split. Values are normalised (ISO country codes, enum models); columns the tool does
    /// not know are kept, in their original order, in <see cref="AdditionalColumns"/>.
    /// </summary>
    public sealed class CloudService
    {
        /// <summary>Creates a service. Only <paramref name="serviceName"/> and <paramref name="serviceModel"/> are required.</summary>
        public CloudService(
            string serviceName,
            ServiceModel serviceModel,
            string? vendor = null,
            DeploymentModel? deploymentModel = null,
            ValueList<string>? dataLocation = null,
            bool? personalData = null,
            bool? euPersonalData = null,
            bool? medicalData = null,
            bool? exportControlled = null,
            string? vendorCountry = null,
            string? owner = null,
            ValueList<ContractOverride>? contractOverrides = null,
            IReadOnlyList<KeyValuePair<string, string>>? additionalColumns = null)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("A service needs a name.", nameof(serviceName));
            ServiceName = serviceName;
            ServiceModel = serviceModel;
            Vendor = vendor;
            DeploymentModel = deploymentModel;
            DataLocation = dataLocation ?? ValueList<string>.Empty;
            PersonalData = personalData;
            EuPersonalData = euPersonalData;
            MedicalData = medicalData;
            ExportControlled = exportControlled;
            VendorCountry = vendorCountry;
            Owner = owner;
            ContractOverrides = contractOverrides ?? ValueList<ContractOverride>.Empty;
            AdditionalColumns = additionalColumns is null ? InventoryColumns.Empty
                : additionalColumns as InventoryColumns ?? new InventoryColumns(additionalColumns);
        }

        /// <summary>The service's name, unique in a well-kept inventory.</summary>
        [ReportColumn]
        public string ServiceName { get; }

        /// <summary>The vendor (provider) of the service.</summary>
        [ReportColumn]
        public string? Vendor { get; }

        /// <summary>The service model, which decides the general split of responsibility.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel { get; }

        /// <summary>The deployment model; informative only (MIC-GL3 I.6: the split does not depend on it).</summary>
        [ReportColumn]
        public DeploymentModel? DeploymentModel { get; }

        /// <summary>The countries where the service stores or processes data, as ISO 3166 alpha-2 codes.</summary>
        [ReportColumn]
        public ValueList<string> DataLocation { get; }

        /// <summary>Whether the service holds personal data.</summary>
        [ReportColumn]
        public bool? PersonalData { get; }

        /// <summary>Whether the service holds personal data of people in the EU.</summary>
        [ReportColumn]
        public bool? EuPersonalData { get; }

        /// <summary>Whether the service holds medical information.</summary>
        [ReportColumn]
        public bool? MedicalData { get; }

        /// <summary>Whether the service holds export-controlled (specified) technology.</summary>
        [ReportColumn]
        public bool? ExportControlled { get; }

        /// <summary>The country of the vendor's headquarters, as an ISO 3166 alpha-2 code.</summary>
        [ReportColumn]
        public string? VendorCountry { get; }

        /// <summary>The person or team in the organisation responsible for the service.</summary>
        [ReportColumn]
        public string? Owner { get; }

        /// <summary>The contract's departures from the general split, per layer.</summary>
        [ReportColumn]
        public ValueList<ContractOverride> ContractOverrides { get; }

        /// <summary>Columns of the inventory the tool does not interpret, in their original order.</summary>
        [ReportColumnPairs]
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalColumns { get; }

        /// <inheritdoc />
        public override string ToString() => ServiceName;
    }
}
