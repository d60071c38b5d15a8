namespace CloudResponsibility.Audit
{
    /// <summary>What a finding is compared with the baseline (the last run's findings), that an accepted risk suppresses it, or that this run could not check it.</summary>
    public enum FindingStatus
    {
        /// <summary>Not in the baseline (or no baseline was given).</summary>
        New,
        /// <summary>In the baseline with the same fingerprint and severity.</summary>
        Unchanged,
        /// <summary>In the baseline with a lower severity: the same fact under a worse rule (a Partial answer now No), or the same rule made more severe.</summary>
        Worsened,
        /// <summary>In the baseline and no longer found: written once, so that the report says what was fixed.</summary>
        Resolved,
        /// <summary>Found, and an unexpired suppression accepts the risk; it stays in every report with its justification.</summary>
        Suppressed,
        /// <summary>
        /// In the baseline, and not checked by this run: its service's inventory row could not be
        /// read (INV-01), or what its rule reads was missing (an inventory column, a blank
        /// DataLocation, a usable questionnaire). It is carried as the baseline had it and stays
        /// open, for -FailOn too, until a run that reads the input finds it again or resolves it.
        /// </summary>
        Unverified,
        /// <summary>
        /// In the baseline as Suppressed, and found again with no suppression in force (it expired,
        /// or was taken out): a risk no longer accepted, open again. A change like New and Worsened,
        /// counted apart in -Summary and failing -FailOn as any open finding. Last, so that the
        /// values before it keep their numbers.
        /// </summary>
        Reopened,
    }
}
