using System;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Disclosure.Caiq;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure.Caiq
{
    /// <summary>Every rule of a line's outcome from its CAIQ questions, and every ownership rule.</summary>
    public sealed class CaiqJudgeTests
    {
        private static readonly QuestionnaireCatalog Questionnaire = CloudCatalog.Default.In(Language.En).Questionnaire;

        private static CaiqAnswer A(string question, CaiqAnswerValue answer, string? text = null, CaiqOwnership ownership = CaiqOwnership.CspOwned) =>
            new CaiqAnswer("Mail", question, answer, ownership, implementationDescription: text);

        private static DisclosureJudgement Judge(string item, ServiceModel model, params CaiqAnswer[] answers) =>
            CaiqJudge.Judge(Questionnaire.Find(item)!, model, answers);

        [Fact]
        public void Judge_AllYes_Passes() =>
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Pass, DisclosureReason.AnsweredYes),
                Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.Yes), A("DCS-10.1", CaiqAnswerValue.Yes)));

        [Fact]
        public void Judge_AllNo_Fails() =>
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Fail, DisclosureReason.AnsweredNo),
                Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.No), A("DCS-10.1", CaiqAnswerValue.No)));

        [Fact]
        public void Judge_NoBesideYes_IsPartial() =>
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Partial, DisclosureReason.AnsweredPartial),
                Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.Yes), A("DCS-10.1", CaiqAnswerValue.No)));

        [Fact]
        public void Judge_BlankAnswersOnly_IsMissingAndAnsweredOnesDecide()
        {
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.BlankAnswer),
                Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.Missing)));
            Assert.Equal(DisclosureOutcome.Pass, Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.Missing), A("DCS-10.1", CaiqAnswerValue.Yes)).Outcome);
        }

        [Fact]
        public void Judge_NoQuestionInTheFile_IsMissingWithoutARow() =>
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Missing, DisclosureReason.NoRow), Judge("CHK-DC-01.1", ServiceModel.SaaS));

        [Fact]
        public void Judge_NotApplicableWhereTheLineAcceptsIt_IsNotApplicable()
        {
            Assert.True(Questionnaire.Find("CHK-TE-04.1")!.AcceptsNotApplicable(ServiceModel.SaaS));
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableAccepted),
                Judge("CHK-TE-04.1", ServiceModel.SaaS, A("IAM-02.1", CaiqAnswerValue.NotApplicable), A("IAM-15.1", CaiqAnswerValue.NotApplicable)));
            Assert.Equal(DisclosureOutcome.Pass, Judge("CHK-TE-04.1", ServiceModel.SaaS, A("IAM-02.1", CaiqAnswerValue.NotApplicable), A("IAM-15.1", CaiqAnswerValue.Yes)).Outcome);
        }

        [Fact]
        public void Judge_NotApplicableWhereTheLineDoesNotAcceptIt_FailsOrIsPartial()
        {
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.Fail, DisclosureReason.NotApplicableNotAccepted),
                Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.NotApplicable)));
            Assert.Equal(DisclosureOutcome.Partial, Judge("CHK-DC-01.1", ServiceModel.SaaS, A("DCS-07.1", CaiqAnswerValue.NotApplicable), A("DCS-10.1", CaiqAnswerValue.Yes)).Outcome);
        }

        [Fact]
        public void Judge_LineNotApplyingToTheModel_IsNotApplicableWhateverTheAnswer() =>
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel),
                Judge("CHK-DC-01.1", ServiceModel.OnPremises, A("DCS-07.1", CaiqAnswerValue.No)));

        [Fact]
        public void Judge_YesOnALineAskingForEvidence_NeedsAnImplementationDescription()
        {
            Assert.True(Questionnaire.Find("CHK-TE-05.4")!.RequiresEvidence);
            Assert.Equal(new DisclosureJudgement(DisclosureOutcome.NoEvidence, DisclosureReason.EvidenceMissing), Judge("CHK-TE-05.4", ServiceModel.SaaS, A("DSP-19.1", CaiqAnswerValue.Yes)));
            Assert.Equal(DisclosureOutcome.Pass, Judge("CHK-TE-05.4", ServiceModel.SaaS, A("DSP-19.1", CaiqAnswerValue.Yes, "契約書第5条：東京と大阪のリージョン")).Outcome);
        }

        [Theory]
        [InlineData(Owner.Provider, CaiqOwnership.CscOwned, DisclosureReason.OwnershipMismatch)]
        [InlineData(Owner.Customer, CaiqOwnership.CspOwned, DisclosureReason.OwnershipMismatch)]
        [InlineData(Owner.Customer, CaiqOwnership.ThirdPartyOutsourced, DisclosureReason.OwnershipMismatch)]
        [InlineData(Owner.Customer, CaiqOwnership.SharedCspAndThirdParty, DisclosureReason.OwnershipMismatch)]
        [InlineData(Owner.Provider, CaiqOwnership.SharedCspAndCsc, DisclosureReason.OwnershipReview)]
        [InlineData(Owner.Customer, CaiqOwnership.SharedCspAndCsc, DisclosureReason.OwnershipReview)]
        [InlineData(Owner.Provider, CaiqOwnership.CspOwned, null)]
        [InlineData(Owner.Provider, CaiqOwnership.ThirdPartyOutsourced, null)]
        [InlineData(Owner.Customer, CaiqOwnership.CscOwned, null)]
        [InlineData(Owner.Shared, CaiqOwnership.SharedCspAndCsc, null)]
        [InlineData(Owner.Shared, CaiqOwnership.CscOwned, null)]
        [InlineData(Owner.Provider, CaiqOwnership.Unspecified, null)]
        public void Reconcile_AClaimAgainstOurOwner_GivesTheRulesReason(Owner ours, CaiqOwnership claim, DisclosureReason? expected) =>
            Assert.Equal(expected, CaiqJudge.Reconcile(ours, new[] { claim }));

        [Fact]
        public void Reconcile_AMismatchAmongClaims_WinsOverAReview() =>
            Assert.Equal(DisclosureReason.OwnershipMismatch, CaiqJudge.Reconcile(Owner.Provider, new[] { CaiqOwnership.SharedCspAndCsc, CaiqOwnership.CscOwned, CaiqOwnership.CspOwned }));

        [Fact]
        public void Judge_NullArguments_Throw()
        {
            Assert.Throws<ArgumentNullException>(() => CaiqJudge.Judge(null!, ServiceModel.SaaS, Array.Empty<CaiqAnswer>()));
            Assert.Throws<ArgumentNullException>(() => CaiqJudge.Reconcile(Owner.Provider, null!));
        }
    }
}
