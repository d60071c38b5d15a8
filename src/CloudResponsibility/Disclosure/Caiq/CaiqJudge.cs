using System;
using System.Collections.Generic;
using CloudResponsibility.Caiq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure.Caiq
{
    /// <summary>
    /// The rules that judge a questionnaire line from a vendor's CAIQ: the answers to the questions
    /// of the CCM controls the line corresponds to, and the owners the vendor declares for them.
    /// </summary>
    public static class CaiqJudge
    {
        /// <summary>
        /// The outcome of a line from its questions' answers, in this order: a line that does not
        /// apply to the model is <see cref="DisclosureOutcome.NotApplicable"/>; no question answered
        /// (blank, or none in the file) is <see cref="DisclosureOutcome.Missing"/>; a No, or an NA
        /// the line does not accept under the model, fails the line — <see cref="DisclosureOutcome.Partial"/>
        /// when other questions are answered Yes, else <see cref="DisclosureOutcome.Fail"/>; Yes
        /// throughout (an accepted NA aside) passes, or is <see cref="DisclosureOutcome.NoEvidence"/>
        /// on a line that asks for evidence when no Yes comes with an implementation description;
        /// NA throughout, where the line accepts it, is <see cref="DisclosureOutcome.NotApplicable"/>. A
        /// No or a Partial is named by what a No to the line means, as <see cref="DisclosureJudge.Negative"/> says.
        /// </summary>
        /// <param name="item">The line.</param>
        /// <param name="model">The service's model.</param>
        /// <param name="answers">The answers to the questions mapped to the line; empty when the file has none.</param>
        public static DisclosureJudgement Judge(QuestionnaireItem item, ServiceModel model, IReadOnlyList<CaiqAnswer> answers)
        {
            if (item is null) throw new ArgumentNullException(nameof(item));
            if (answers is null) throw new ArgumentNullException(nameof(answers));
            if (!item.AppliesTo(model)) return new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel);
            if (answers.Count == 0) return new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.NoRow);
            var acceptsNotApplicable = item.AcceptsNotApplicable(model);
            int yes = 0, no = 0, rejectedNotApplicable = 0, acceptedNotApplicable = 0;
            var evidenced = false;
            foreach (var answer in answers)
                switch (answer.Answer)
                {
                    case CaiqAnswerValue.Yes:
                        yes++;
                        evidenced |= !string.IsNullOrWhiteSpace(answer.ImplementationDescription);
                        break;
                    case CaiqAnswerValue.No:
                        no++;
                        break;
                    case CaiqAnswerValue.NotApplicable:
                        if (acceptsNotApplicable) acceptedNotApplicable++;
                        else rejectedNotApplicable++;
                        break;
                }
            if (yes + no + rejectedNotApplicable + acceptedNotApplicable == 0) return new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.BlankAnswer);
            if (no + rejectedNotApplicable > 0) return DisclosureJudge.Negative(item, partial: yes > 0, notApplicable: no == 0);
            if (yes == 0) return new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableAccepted);
            return item.RequiresEvidence && !evidenced
                ? new DisclosureJudgement(DisclosureOutcome.NoEvidence, DisclosureReason.EvidenceMissing)
                : new DisclosureJudgement(DisclosureOutcome.Pass, DisclosureReason.AnsweredYes);
        }

        /// <summary>
        /// Whether a vendor's ownership claims contradict our owner of the line:
        /// <see cref="DisclosureReason.OwnershipMismatch"/> when a claim puts the control on the
        /// customer where we put it on the provider, or on the provider (alone, or with or through a
        /// third party) where we put it on the customer; else <see cref="DisclosureReason.OwnershipReview"/>
        /// when a claim says shared where we name one owner; else null (agreement, our owner
        /// Shared, or no claim).
        /// </summary>
        public static DisclosureReason? Reconcile(Owner ours, IEnumerable<CaiqOwnership> claims)
        {
            if (claims is null) throw new ArgumentNullException(nameof(claims));
            DisclosureReason? reason = null;
            foreach (var claim in claims)
            {
                if (Contradicts(ours, claim)) return DisclosureReason.OwnershipMismatch;
                if (claim == CaiqOwnership.SharedCspAndCsc && ours != Owner.Shared) reason = DisclosureReason.OwnershipReview;
            }
            return reason;
        }

        private static bool Contradicts(Owner ours, CaiqOwnership claim) => ours switch
        {
            Owner.Provider => claim == CaiqOwnership.CscOwned,
            Owner.Customer => claim == CaiqOwnership.CspOwned || claim == CaiqOwnership.ThirdPartyOutsourced || claim == CaiqOwnership.SharedCspAndThirdParty,
            _ => false,
        };
    }
}
