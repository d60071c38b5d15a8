using System;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// The rules that judge one answer to a questionnaire line under a service model, in this order:
    /// a line that does not apply to the model is <see cref="DisclosureOutcome.NotApplicable"/>
    /// whatever the answer; an answer that is none of the accepted ones is
    /// <see cref="DisclosureOutcome.Unreadable"/>; a blank answer is <see cref="DisclosureOutcome.Missing"/>; "not
    /// applicable" is accepted where the catalog accepts it under the model, else a
    /// <see cref="DisclosureOutcome.Fail"/>; No fails; a Yes or Partial whose ValidUntil is before
    /// the date judged at has <see cref="DisclosureOutcome.Expired"/>, and one whose ValidUntil cannot
    /// be read is <see cref="DisclosureOutcome.Unreadable"/> (whether it has expired is not known);
    /// Partial is
    /// <see cref="DisclosureOutcome.Partial"/>; a Yes on a line asking for evidence, with none named,
    /// is <see cref="DisclosureOutcome.NoEvidence"/>; any other Yes passes. What a No or a Partial
    /// (and a "not applicable" not accepted) is called follows what a No to the line means
    /// (<see cref="QuestionnaireItem.NoMeans"/>): a gap in its layers, information withheld or given
    /// in part, or — on a line about the offering — a fact, which passes.
    /// </summary>
    public static class DisclosureJudge
    {
        /// <summary>The outcome and reason of an answer.</summary>
        /// <param name="item">The line answered.</param>
        /// <param name="model">The service's model.</param>
        /// <param name="answer">The answer; null for a blank cell.</param>
        /// <param name="evidenceNamed">Whether the row names evidence (an Evidence cell, or a certification the catalog recognises).</param>
        /// <param name="validUntil">The answer's validity, if dated.</param>
        /// <param name="asOf">The date the answer is judged at: valid on the day it is valid until, expired the day after.</param>
        /// <param name="answerUnreadable">Whether the row's Answer cell holds text that is no accepted answer (<paramref name="answer"/> is then null).</param>
        /// <param name="validUntilUnreadable">Whether the row's ValidUntil cell holds text that is no date (<paramref name="validUntil"/> is then null).</param>
        public static DisclosureJudgement Judge(QuestionnaireItem item, ServiceModel model, VendorAnswer? answer, bool evidenceNamed, DateTime? validUntil, DateTime asOf,
            bool answerUnreadable = false, bool validUntilUnreadable = false)
        {
            if (item is null) throw new ArgumentNullException(nameof(item));
            if (!item.AppliesTo(model)) return new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel);
            if (answerUnreadable) return new DisclosureJudgement(DisclosureOutcome.Unreadable, DisclosureReason.UnreadableAnswer);
            var expired = validUntil is DateTime until && until.Date < asOf.Date;
            // A validity matters where an expired one would: a Yes or a Partial. There, one that cannot
            // be read leaves the answer unjudged, neither valid nor expired.
            if (validUntilUnreadable && (answer == VendorAnswer.Yes || answer == VendorAnswer.Partial))
                return new DisclosureJudgement(DisclosureOutcome.Unreadable, DisclosureReason.UnreadableValidUntil);
            switch (answer)
            {
                case null:
                    return new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.BlankAnswer);
                case VendorAnswer.NotApplicable:
                    return item.AcceptsNotApplicable(model)
                        ? new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableAccepted)
                        : Negative(item, partial: false, notApplicable: true);
                case VendorAnswer.No:
                    return Negative(item, partial: false, notApplicable: false);
                case VendorAnswer.Partial:
                    return expired ? new DisclosureJudgement(DisclosureOutcome.Expired, DisclosureReason.ValidityExpired) : Negative(item, partial: true, notApplicable: false);
                default:
                    if (expired) return new DisclosureJudgement(DisclosureOutcome.Expired, DisclosureReason.ValidityExpired);
                    return item.RequiresEvidence && !evidenceNamed
                        ? new DisclosureJudgement(DisclosureOutcome.NoEvidence, DisclosureReason.EvidenceMissing)
                        : new DisclosureJudgement(DisclosureOutcome.Pass, DisclosureReason.AnsweredYes);
            }
        }

        /// <summary>
        /// The outcome of a No, a Partial or a "not applicable" the catalog does not accept, by what a No
        /// to the line means: a gap in its layers (Fail, or Partial), information withheld or given in part
        /// (Fail, or Partial, as disclosure gaps), or a fact about the offering (Pass).
        /// </summary>
        /// <param name="item">The line.</param>
        /// <param name="partial">Whether the answer was Partial (or, from a CAIQ, No beside Yes).</param>
        /// <param name="notApplicable">Whether the answer was a "not applicable" the catalog does not accept under the model.</param>
        public static DisclosureJudgement Negative(QuestionnaireItem item, bool partial, bool notApplicable)
        {
            if (item is null) throw new ArgumentNullException(nameof(item));
            switch (item.NoMeans)
            {
                case NoMeaning.Fact:
                    return new DisclosureJudgement(DisclosureOutcome.Pass, DisclosureReason.OfferingDescribed);
                case NoMeaning.Undisclosed:
                    return partial ? new DisclosureJudgement(DisclosureOutcome.Partial, DisclosureReason.PartlyDisclosed) : new DisclosureJudgement(DisclosureOutcome.Fail, DisclosureReason.NotDisclosed);
                default:
                    return partial ? new DisclosureJudgement(DisclosureOutcome.Partial, DisclosureReason.AnsweredPartial)
                        : new DisclosureJudgement(DisclosureOutcome.Fail, notApplicable ? DisclosureReason.NotApplicableNotAccepted : DisclosureReason.AnsweredNo);
            }
        }

        /// <summary>The outcome of a line that applies and no row answers.</summary>
        public static DisclosureJudgement NoRow => new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.NoRow);

        /// <summary>The outcome of a row whose ID is no questionnaire line: <see cref="DisclosureReason.NotAQuestionnaireLine"/> for a check or disclosure item, else <see cref="DisclosureReason.UnknownItemId"/>.</summary>
        public static DisclosureJudgement Unknown(bool holdsLines) =>
            new DisclosureJudgement(DisclosureOutcome.Unknown, holdsLines ? DisclosureReason.NotAQuestionnaireLine : DisclosureReason.UnknownItemId);

        /// <summary>Whether an outcome is satisfactory: Pass, or NotApplicable.</summary>
        public static bool IsSatisfied(DisclosureOutcome outcome) => outcome == DisclosureOutcome.Pass || outcome == DisclosureOutcome.NotApplicable;

        /// <summary>Whether a result is satisfactory: its outcome is, and no CAIQ ownership claim contradicts the matrix.</summary>
        public static bool IsSatisfied(DisclosureResult result) =>
            result is not null && IsSatisfied(result.Outcome) && result.Reason != DisclosureReason.OwnershipMismatch;
    }
}
