namespace CloudResponsibility.Resolution
{
    /// <summary>The service attributes a legal trigger can read.</summary>
    public enum TriggerAttribute
    {
        /// <summary>The countries where data is stored or processed.</summary>
        DataLocation,
        /// <summary>The vendor's home country.</summary>
        VendorCountry,
        /// <summary>Personal data is handled.</summary>
        PersonalData,
        /// <summary>Personal data of people in the EU is handled.</summary>
        EuPersonalData,
        /// <summary>Medical information is handled.</summary>
        MedicalData,
        /// <summary>Export-controlled (specified) technology is handled.</summary>
        ExportControlled,
    }
}
