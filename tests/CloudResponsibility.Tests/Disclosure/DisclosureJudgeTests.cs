using System;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    /// <summary>Every outcome and reason rule of <see cref="DisclosureJudge"/>, on lines made for the test.</summary>
    public sealed class DisclosureJudgeTests
    {
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);

        private static (DisclosureOutcome, DisclosureReason) Judge(QuestionnaireItem item, VendorAnswer? answer, bool evidence = false, DateTime? validUntil = null, ServiceModel model = ServiceModel.SaaS) =>
            Pair(DisclosureJudge.Judge(item, model, answer, evidence, validUntil, AsOf));

        private static (DisclosureOutcome, DisclosureReason) Pair(DisclosureJudgement judgement) => (judgement.Outcome, judgement.Reason);

        [Fact]
        public void Yes_WithoutEvidenceRule_Passes() =>
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.AnsweredYes), Judge(TestItems.Line(), VendorAnswer.Yes));

        [Fact]
        public void No_Fails() =>
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.AnsweredNo), Judge(TestItems.Line(), VendorAnswer.No));

        [Fact]
        public void Partial_IsPartial() =>
            Assert.Equal((DisclosureOutcome.Partial, DisclosureReason.AnsweredPartial), Judge(TestItems.Line(), VendorAnswer.Partial));

        [Theory]
        [InlineData(VendorAnswer.No, DisclosureOutcome.Fail, DisclosureReason.NotDisclosed)]
        [InlineData(VendorAnswer.NotApplicable, DisclosureOutcome.Fail, DisclosureReason.NotDisclosed)]
        [InlineData(VendorAnswer.Partial, DisclosureOutcome.Partial, DisclosureReason.PartlyDisclosed)]
        [InlineData(VendorAnswer.Yes, DisclosureOutcome.Pass, DisclosureReason.AnsweredYes)]
        public void LineThatOnlyInforms_NoWithholdsIt(VendorAnswer answer, DisclosureOutcome outcome, DisclosureReason reason) =>
            Assert.Equal((outcome, reason), Judge(TestItems.Line(NoMeaning.Undisclosed), answer));

        [Theory]
        [InlineData(VendorAnswer.No)]
        [InlineData(VendorAnswer.Partial)]
        [InlineData(VendorAnswer.NotApplicable)]
        public void LineAboutTheOffering_AnyAnswerIsAFactThatPasses(VendorAnswer answer) =>
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.OfferingDescribed), Judge(TestItems.Line(NoMeaning.Fact), answer));

        [Fact]
        public void LineAboutTheOffering_BlankIsStillMissingAndAnAcceptedNotApplicableStillNotApplicable()
        {
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.BlankAnswer), Judge(TestItems.Line(NoMeaning.Fact), null));
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableAccepted),
                Judge(TestItems.Line(NoMeaning.Fact, notApplicableUnder: new[] { ServiceModel.SaaS }), VendorAnswer.NotApplicable));
        }

        [Fact]
        public void Blank_IsMissing() =>
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.BlankAnswer), Judge(TestItems.Line(), null));

        private static (DisclosureOutcome, DisclosureReason) JudgeUnreadableValidity(QuestionnaireItem item, VendorAnswer? answer, ServiceModel model = ServiceModel.SaaS) =>
            Pair(DisclosureJudge.Judge(item, model, answer, true, null, AsOf, validUntilUnreadable: true));

        [Theory]
        [InlineData(VendorAnswer.Yes)]
        [InlineData(VendorAnswer.Partial)]
        public void ValidUntilThatIsNoDate_OnAYesOrPartial_IsUnreadable_NeitherValidNorExpired(VendorAnswer answer) =>
            Assert.Equal((DisclosureOutcome.Unreadable, DisclosureReason.UnreadableValidUntil), JudgeUnreadableValidity(TestItems.Line(), answer));

        [Fact]
        public void ValidUntilThatIsNoDate_WhereNoValidityCounts_LeavesTheJudgementAsEver()
        {
            // Validity decides nothing for a No, a blank or a "not applicable": the row's error says the cell is wrong.
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.AnsweredNo), JudgeUnreadableValidity(TestItems.Line(), VendorAnswer.No));
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.BlankAnswer), JudgeUnreadableValidity(TestItems.Line(), null));
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel),
                JudgeUnreadableValidity(TestItems.Line(excluded: (ServiceModel.OnPremises, "no vendor")), VendorAnswer.Yes, ServiceModel.OnPremises));
            Assert.Equal((DisclosureOutcome.Unreadable, DisclosureReason.UnreadableAnswer),
                Pair(DisclosureJudge.Judge(TestItems.Line(), ServiceModel.SaaS, null, true, null, AsOf, answerUnreadable: true, validUntilUnreadable: true)));
        }

        [Fact]
        public void AnswerNotAmongTheAccepted_IsUnreadable_NotMissing() =>
            Assert.Equal((DisclosureOutcome.Unreadable, DisclosureReason.UnreadableAnswer),
                Pair(DisclosureJudge.Judge(TestItems.Line(), ServiceModel.SaaS, null, false, null, AsOf, answerUnreadable: true)));

        [Fact]
        public void AnswerNotAmongTheAccepted_OnALineThatDoesNotApply_IsNotApplicable() =>
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel),
                Pair(DisclosureJudge.Judge(TestItems.Line(excluded: (ServiceModel.IaaS, "no such layer")), ServiceModel.IaaS, null, false, null, AsOf, answerUnreadable: true)));

        [Fact]
        public void NoRow_IsMissing() =>
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.NoRow), Pair(DisclosureJudge.NoRow));

        [Fact]
        public void YesOnALineAskingForEvidence_WithoutIt_IsNoEvidence() =>
            Assert.Equal((DisclosureOutcome.NoEvidence, DisclosureReason.EvidenceMissing), Judge(TestItems.Line(evidence: "the report"), VendorAnswer.Yes));

        [Fact]
        public void YesOnALineAskingForEvidence_WithIt_Passes() =>
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.AnsweredYes), Judge(TestItems.Line(evidence: "the report"), VendorAnswer.Yes, evidence: true));

        [Fact]
        public void Evidence_IsNotAskedOfAPartialAnswer() =>
            Assert.Equal((DisclosureOutcome.Partial, DisclosureReason.AnsweredPartial), Judge(TestItems.Line(evidence: "the report"), VendorAnswer.Partial));

        [Theory]
        [InlineData(VendorAnswer.Yes)]
        [InlineData(VendorAnswer.Partial)]
        public void ValidUntilBeforeTheDateJudged_IsExpired(VendorAnswer answer) =>
            Assert.Equal((DisclosureOutcome.Expired, DisclosureReason.ValidityExpired), Judge(TestItems.Line(), answer, validUntil: AsOf.AddDays(-1)));

        [Fact]
        public void ValidUntilTheDateJudged_IsStillValid() =>
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.AnsweredYes), Judge(TestItems.Line(), VendorAnswer.Yes, validUntil: AsOf));

        [Fact]
        public void Expiry_ComesBeforeMissingEvidence() =>
            Assert.Equal((DisclosureOutcome.Expired, DisclosureReason.ValidityExpired), Judge(TestItems.Line(evidence: "the report"), VendorAnswer.Yes, validUntil: AsOf.AddYears(-1)));

        [Fact]
        public void No_StaysAFailWhateverItsValidity() =>
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.AnsweredNo), Judge(TestItems.Line(), VendorAnswer.No, validUntil: AsOf.AddYears(-1)));

        [Fact]
        public void NotApplicable_WhereTheCatalogAcceptsItForTheModel_IsNotApplicable() =>
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableAccepted),
                Judge(TestItems.Line(notApplicableUnder: new[] { ServiceModel.IaaS }), VendorAnswer.NotApplicable, model: ServiceModel.IaaS));

        [Fact]
        public void NotApplicable_UnderAnotherModel_FailsWithItsOwnReason() =>
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.NotApplicableNotAccepted),
                Judge(TestItems.Line(notApplicableUnder: new[] { ServiceModel.IaaS }), VendorAnswer.NotApplicable, model: ServiceModel.SaaS));

        [Fact]
        public void NotApplicable_WhereTheCatalogNeverAcceptsIt_Fails() =>
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.NotApplicableNotAccepted), Judge(TestItems.Line(), VendorAnswer.NotApplicable));

        [Theory]
        [InlineData(VendorAnswer.Yes)]
        [InlineData(VendorAnswer.No)]
        [InlineData(null)]
        public void LineThatDoesNotApplyToTheModel_IsNotApplicableWhateverTheAnswer(VendorAnswer? answer) =>
            Assert.Equal((DisclosureOutcome.NotApplicable, DisclosureReason.NotApplicableToModel),
                Judge(TestItems.Line(excluded: (ServiceModel.OnPremises, "no vendor")), answer, model: ServiceModel.OnPremises));

        [Fact]
        public void Unknown_TellsAnItemThatHoldsLinesFromAnUnknownId()
        {
            Assert.Equal((DisclosureOutcome.Unknown, DisclosureReason.NotAQuestionnaireLine), Pair(DisclosureJudge.Unknown(holdsLines: true)));
            Assert.Equal((DisclosureOutcome.Unknown, DisclosureReason.UnknownItemId), Pair(DisclosureJudge.Unknown(holdsLines: false)));
        }

        [Theory]
        [InlineData(DisclosureOutcome.Pass, true)]
        [InlineData(DisclosureOutcome.NotApplicable, true)]
        [InlineData(DisclosureOutcome.Fail, false)]
        [InlineData(DisclosureOutcome.Partial, false)]
        [InlineData(DisclosureOutcome.Missing, false)]
        [InlineData(DisclosureOutcome.Expired, false)]
        [InlineData(DisclosureOutcome.NoEvidence, false)]
        [InlineData(DisclosureOutcome.Unknown, false)]
        [InlineData(DisclosureOutcome.Unreadable, false)]
        public void IsSatisfied_OnlyPassAndNotApplicable(DisclosureOutcome outcome, bool satisfied) =>
            Assert.Equal(satisfied, DisclosureJudge.IsSatisfied(outcome));
    }
}
