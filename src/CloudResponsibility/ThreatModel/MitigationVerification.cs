namespace CloudResponsibility.ThreatModel
{
    /// <summary>What the vendor's answers (Test-VendorDisclosure, given to Export-ThreatModel -Disclosure) say of a provider measure.</summary>
    public enum MitigationVerification
    {
        /// <summary>No answer covers the measure: no disclosure was given for the service, or no questionnaire line verifies it.</summary>
        NotAssessed,
        /// <summary>Every line that verifies the measure passed (or does not apply).</summary>
        Verified,
        /// <summary>A line that verifies the measure failed, is missing, expired, lacks evidence or was answered in part.</summary>
        Unverified,
    }
}
