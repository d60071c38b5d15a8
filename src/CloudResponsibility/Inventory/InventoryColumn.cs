namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The columns of an inventory that the tool interprets, one per property of
    /// <see cref="Model.CloudService"/>. <see cref="InventoryColumnNames"/> lists the headers that
    /// name each; any other column is kept as an additional column.
    /// </summary>
    public enum InventoryColumn
    {
        /// <summary>The service's name (required).</summary>
        ServiceName,
        /// <summary>The vendor of the service.</summary>
        Vendor,
        /// <summary>SaaS, PaaS, IaaS or OnPremises (required).</summary>
        ServiceModel,
        /// <summary>Private, Community, Public or Hybrid.</summary>
        DeploymentModel,
        /// <summary>The countries where data is stored or processed.</summary>
        DataLocation,
        /// <summary>Whether the service holds personal data.</summary>
        PersonalData,
        /// <summary>Whether the service holds personal data of people in the EU.</summary>
        EuPersonalData,
        /// <summary>Whether the service holds medical information.</summary>
        MedicalData,
        /// <summary>Whether the service holds export-controlled technology.</summary>
        ExportControlled,
        /// <summary>The country of the vendor's headquarters.</summary>
        VendorCountry,
        /// <summary>The person or team responsible for the service.</summary>
        Owner,
        /// <summary>The contract's departures from the general split.</summary>
        ContractOverrides,
    }
}
