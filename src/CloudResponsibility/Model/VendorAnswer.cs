namespace CloudResponsibility.Model
{
    /// <summary>A vendor's answer to a questionnaire line, as <see cref="Parsing.AnswerParser"/> reads it.</summary>
    public enum VendorAnswer
    {
        /// <summary>Yes: the measure is in place, or the information is disclosed.</summary>
        Yes,
        /// <summary>No.</summary>
        No,
        /// <summary>Partly.</summary>
        Partial,
        /// <summary>The line does not apply to the service, in the vendor's view.</summary>
        NotApplicable,
    }
}
