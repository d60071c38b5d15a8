namespace CloudResponsibility.Model
{
    /// <summary>The kinds of data an inventory records per service, as a threat-relevance rule names them.</summary>
    public enum DataFlag
    {
        /// <summary>Personal data (<see cref="CloudService.PersonalData"/>).</summary>
        PersonalData,
        /// <summary>Personal data of people in the EU (<see cref="CloudService.EuPersonalData"/>).</summary>
        EuPersonalData,
        /// <summary>Medical information (<see cref="CloudService.MedicalData"/>).</summary>
        MedicalData,
        /// <summary>Export-controlled technology (<see cref="CloudService.ExportControlled"/>).</summary>
        ExportControlled,
    }
}
