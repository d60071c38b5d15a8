namespace CloudResponsibility.Disclosure
{
    /// <summary>How a questionnaire line's answer changed between two questionnaires (last year's and this year's, or before and after an upgrade).</summary>
    public enum DisclosureChangeKind
    {
        /// <summary>Its outcome is better: say Fail to Partial, Expired to Pass.</summary>
        Improved,
        /// <summary>Its outcome is worse.</summary>
        Worsened,
        /// <summary>Its answer, evidence, certifications or validity changed, or its outcome changed between outcomes as good as each other.</summary>
        Changed,
        /// <summary>Only the newer questionnaire answers it.</summary>
        Added,
        /// <summary>Only the older questionnaire answers it.</summary>
        Removed,
        /// <summary>Nothing changed (written with -IncludeEqual only).</summary>
        Equal,
    }
}
