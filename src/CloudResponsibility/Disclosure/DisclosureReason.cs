namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Why a questionnaire line got its <see cref="DisclosureOutcome"/>: a stable, machine-readable
    /// code beside the message in the call's language. Each reason belongs to one outcome, except the
    /// ownership reasons of a CAIQ's results, which come with the outcome the answers give (the
    /// result's AnswerReason keeps the reason the answers alone would have).
    /// </summary>
    public enum DisclosureReason
    {
        /// <summary><see cref="DisclosureOutcome.Pass"/>: answered Yes.</summary>
        AnsweredYes,
        /// <summary><see cref="DisclosureOutcome.Fail"/>: answered No.</summary>
        AnsweredNo,
        /// <summary><see cref="DisclosureOutcome.Partial"/>: answered Partial.</summary>
        AnsweredPartial,
        /// <summary><see cref="DisclosureOutcome.NotApplicable"/>: answered "not applicable", which the catalog accepts for the line under the service's model.</summary>
        NotApplicableAccepted,
        /// <summary><see cref="DisclosureOutcome.Fail"/>: answered "not applicable", which the catalog does not accept for the line under the service's model.</summary>
        NotApplicableNotAccepted,
        /// <summary><see cref="DisclosureOutcome.NotApplicable"/>: the line does not apply to the service's model at all, whatever the answer.</summary>
        NotApplicableToModel,
        /// <summary><see cref="DisclosureOutcome.Missing"/>: the row's answer cell is empty.</summary>
        BlankAnswer,
        /// <summary><see cref="DisclosureOutcome.Missing"/>: no row answers the line.</summary>
        NoRow,
        /// <summary><see cref="DisclosureOutcome.Expired"/>: ValidUntil is before the date judged at.</summary>
        ValidityExpired,
        /// <summary><see cref="DisclosureOutcome.NoEvidence"/>: Yes, on a line that asks for evidence, with none named.</summary>
        EvidenceMissing,
        /// <summary><see cref="DisclosureOutcome.Unknown"/>: the ID is not in the catalog.</summary>
        UnknownItemId,
        /// <summary><see cref="DisclosureOutcome.Unknown"/>: the ID is a check or disclosure item, whose lines are answered instead.</summary>
        NotAQuestionnaireLine,
        /// <summary><see cref="DisclosureOutcome.Missing"/>: a CAIQ cannot answer the line: no CCM v4 control corresponds to it (the crosswalk says why).</summary>
        NoCcmCounterpart,
        /// <summary><see cref="DisclosureOutcome.Unmapped"/>: the CAIQ question's control corresponds to no line of the catalog.</summary>
        Unmapped,
        /// <summary>
        /// Any outcome of a CAIQ's answers: the vendor declares the customer owns a control our
        /// matrix (after contract overrides) puts on the provider, or the provider (alone or with
        /// a third party) one it puts on the customer.
        /// </summary>
        OwnershipMismatch,
        /// <summary>Any outcome of a CAIQ's answers: the vendor declares a control shared where our matrix puts it on one party; to review.</summary>
        OwnershipReview,
        /// <summary><see cref="DisclosureOutcome.Unreadable"/>: a row answers the line, and its Answer cell holds no accepted answer.</summary>
        UnreadableAnswer,
        /// <summary>
        /// <see cref="DisclosureOutcome.Fail"/>: answered No (or a "not applicable" the catalog does not
        /// accept) to a line that only asks for information: the vendor withholds it, a gap in what it
        /// discloses, in no layer (<see cref="Model.NoMeaning.Undisclosed"/>).
        /// </summary>
        NotDisclosed,
        /// <summary><see cref="DisclosureOutcome.Partial"/>: answered Partial to a line that only asks for information: the vendor discloses it in part.</summary>
        PartlyDisclosed,
        /// <summary>
        /// <see cref="DisclosureOutcome.Pass"/>: answered No, Partial or a "not applicable" the catalog
        /// does not accept to a line about the offering: the answer is a fact to weigh against the
        /// customer's requirements, no gap (<see cref="Model.NoMeaning.Fact"/>).
        /// </summary>
        OfferingDescribed,
        /// <summary>
        /// <see cref="DisclosureOutcome.Unreadable"/>: a row answers the line Yes or Partial, and its
        /// ValidUntil cell holds no date: whether the certificate or report the answer rests on is
        /// still valid is not known.
        /// </summary>
        UnreadableValidUntil,
    }
}
