namespace CloudResponsibility.Caiq
{
    /// <summary>A vendor's answer to a CAIQ v4 question, as the "CSP CAIQ Answer" column holds it.</summary>
    public enum CaiqAnswerValue
    {
        /// <summary>Yes.</summary>
        Yes,
        /// <summary>No.</summary>
        No,
        /// <summary>NA: the question does not apply to the service, in the vendor's view.</summary>
        NotApplicable,
        /// <summary>The cell is blank: the vendor did not answer.</summary>
        Missing,
    }
}
