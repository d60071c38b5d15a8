namespace CloudResponsibility.Model
{
    /// <summary>
    /// The area of a questionnaire line: the <see cref="CheckArea"/> of a check's sub-point (CSO §3),
    /// or <see cref="Disclosure"/> for a sub-item of IPA's disclosure items (CSO §4.3).
    /// </summary>
    public enum QuestionnaireArea
    {
        /// <summary>The data centre: physical and personnel measures.</summary>
        DataCentre,
        /// <summary>The technical measures of the system.</summary>
        Technical,
        /// <summary>The provider's operational measures.</summary>
        Operational,
        /// <summary>What the provider discloses (IPA's reference guide).</summary>
        Disclosure,
    }
}
