namespace CloudResponsibility.Disclosure
{
    /// <summary>How a vendor's answer to a questionnaire line is judged. <see cref="DisclosureReason"/> says why.</summary>
    public enum DisclosureOutcome
    {
        /// <summary>Answered Yes, with evidence where the line asks for it, and not past its validity; or any answer to a line about the offering, which is a fact, no gap.</summary>
        Pass,
        /// <summary>Answered No, or "not applicable" where the catalog does not accept it: a missing measure, or information withheld.</summary>
        Fail,
        /// <summary>Answered Partial: a measure in part, or information disclosed in part.</summary>
        Partial,
        /// <summary>No answer: a blank answer cell, or no row for the line.</summary>
        Missing,
        /// <summary>The answer's ValidUntil is before the date the answers are judged at.</summary>
        Expired,
        /// <summary>Answered Yes on a line that asks for evidence, and none is named.</summary>
        NoEvidence,
        /// <summary>"Not applicable" where the catalog accepts it, or a line that does not apply to the service's model.</summary>
        NotApplicable,
        /// <summary>An item ID that is no questionnaire line of the catalog: reported as read, never dropped.</summary>
        Unknown,
        /// <summary>A vendor's CAIQ question that corresponds to no line of the catalog (no CCM crosswalk link): reported, never dropped, for the user to read.</summary>
        Unmapped,
        /// <summary>
        /// Answered, but the row cannot be judged: its Answer is no accepted answer (free text such as
        /// a company name), or, to a Yes or Partial, its ValidUntil is no date. The line cannot be
        /// judged until the vendor corrects the cell.
        /// </summary>
        Unreadable,
    }
}
