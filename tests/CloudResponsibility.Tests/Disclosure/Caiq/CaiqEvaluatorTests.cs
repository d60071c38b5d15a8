using System;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Disclosure.Caiq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure.Caiq
{
    /// <summary>CAIQ answers judged through the crosswalk: lines, unmapped questions, ownership against the matrix and its overrides, rejected answers, the summary.</summary>
    public sealed class CaiqEvaluatorTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly CatalogView Japanese = CloudCatalog.Default.In(Language.Ja);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);

        private static CaiqAnswer A(string question, CaiqAnswerValue answer, CaiqOwnership ownership = CaiqOwnership.CspOwned, ServiceModel? model = ServiceModel.SaaS,
            string service = "Mail", string? text = null, long row = 5) =>
            new CaiqAnswer(service, question, answer, ownership, model, implementationDescription: text, customerResponsibilities: null, file: "vendor.xlsx", sheet: "CAIQv4.0.3", row: row);

        private static DisclosureResult[] Run(CatalogView catalog, params CaiqAnswer[] answers) => Run(catalog, null, null, answers);

        private static DisclosureResult[] Run(CatalogView catalog, CloudService[]? inventory, OverrideSet? overrides, params CaiqAnswer[] answers)
        {
            var evaluator = new CaiqEvaluator(catalog, AsOf, inventory, overrides);
            foreach (var answer in answers) Assert.Null(evaluator.Add(answer).Error);
            return evaluator.Complete().ToArray();
        }

        [Fact]
        public void Complete_GivesEveryLineThatAppliesThenTheUnmappedQuestions()
        {
            var results = Run(English, A("DCS-07.1", CaiqAnswerValue.Yes, text: "Card readers"), A("STA-04.1", CaiqAnswerValue.Yes, row: 6), A("DCS-10.1", CaiqAnswerValue.No, row: 7));
            Assert.Equal(English.Questionnaire.For(ServiceModel.SaaS).Select(i => i.Id).Concat(new[] { "STA-04.1" }), results.Select(r => r.ItemId));
            var intrusion = results.Single(r => r.ItemId == "CHK-DC-01.1");
            Assert.Equal((DisclosureOutcome.Partial, DisclosureReason.AnsweredPartial, VendorAnswer.Partial), (intrusion.Outcome, intrusion.Reason, intrusion.Answer));
            Assert.Equal(new[] { "DCS-07.1", "DCS-10.1" }, intrusion.QuestionIds);
            Assert.Equal("DCS-07.1: Card readers", intrusion.Evidence);
            Assert.Equal(("vendor.xlsx", (long?)5), (intrusion.File, intrusion.Row));
            var unmapped = results.Last();
            Assert.Equal((DisclosureOutcome.Unmapped, DisclosureReason.Unmapped, (long?)6), (unmapped.Outcome, unmapped.Reason, unmapped.Row));
            Assert.Contains("STA-04", unmapped.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Complete_LineWithoutACcmCounterpart_IsMissingWithTheCrosswalksReason()
        {
            var result = Run(English, A("DCS-07.1", CaiqAnswerValue.Yes)).Single(r => r.ItemId == "CHK-TE-02.3");
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.NoCcmCounterpart), (result.Outcome, result.Reason));
            Assert.Contains(English.Questionnaire.Crosswalk.NoCounterpartReason("CHK-TE-02.3")!, result.Message, StringComparison.Ordinal);
            Assert.Equal(DisclosureReason.NoRow, Run(English, A("DCS-07.1", CaiqAnswerValue.Yes)).Single(r => r.ItemId == "CHK-TE-06.3").Reason);
        }

        [Fact]
        public void Complete_QuestionOfAControlTheCatalogDoesNotKnow_IsUnmappedAndSaysSo()
        {
            var result = Run(Japanese, A("XYZ-01.1", CaiqAnswerValue.Yes)).Last();
            Assert.Equal((DisclosureOutcome.Unmapped, "XYZ-01.1"), (result.Outcome, result.ItemId));
            Assert.Contains("CCM v4.0", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Complete_CustomerOwnedClaimOnAProviderLine_IsAMismatchWithBothSides()
        {
            // CHK-TE-03.1 is about Virtualization;PhysicalInfrastructure: the provider's under SaaS.
            var result = Run(English, A("IVS-04.1", CaiqAnswerValue.Yes, CaiqOwnership.CscOwned)).Single(r => r.ItemId == "CHK-TE-03.1");
            Assert.Equal((DisclosureOutcome.Pass, DisclosureReason.OwnershipMismatch, (DisclosureReason?)DisclosureReason.AnsweredYes), (result.Outcome, result.Reason, result.AnswerReason));
            Assert.Equal((Owner?)Owner.Provider, result.GapOwner);
            Assert.Equal(new[] { CaiqOwnership.CscOwned }, result.VendorOwnership);
            Assert.Null(result.OwnerClause);
            Assert.False(DisclosureJudge.IsSatisfied(result));
        }

        [Fact]
        public void Complete_OverrideFlipsOurOwner_TheSameClaimBecomesAMismatchNamingTheClause()
        {
            // IAM-02 under IaaS reaches the password policy of the console, which lies in the provider's virtual environment: CspOwned agrees.
            var claim = A("IAM-02.1", CaiqAnswerValue.Yes, CaiqOwnership.CspOwned, ServiceModel.IaaS);
            var general = Run(English, claim).Single(r => r.ItemId == "CHK-TE-04.1");
            Assert.Equal((DisclosureReason.AnsweredYes, (Owner?)Owner.Provider), (general.Reason, general.GapOwner));

            var overrides = new OverrideSet();
            overrides.Add("Mail", new ContractOverride(Layer.Virtualization, Owner.Customer, "Dedicated host schedule §3"));
            var flipped = Run(English, null, overrides, claim).Single(r => r.ItemId == "CHK-TE-04.1");
            Assert.Equal((DisclosureReason.OwnershipMismatch, (Owner?)Owner.Customer, true), (flipped.Reason, flipped.GapOwner, flipped.OwnerOverridden));
            Assert.Equal("Dedicated host schedule §3", flipped.OwnerClause);
            Assert.Contains("Dedicated host schedule §3", flipped.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Complete_CustomerClaimOnAProviderLine_IsAMismatchAndSharedIsAReview()
        {
            // CHK-TE-08.2 under IaaS: a vendor's No to export is a gap in its storage (PhysicalInfrastructure), the provider's.
            var mismatch = Run(English, A("IPY-02.1", CaiqAnswerValue.Yes, CaiqOwnership.CscOwned, ServiceModel.IaaS)).Single(r => r.ItemId == "CHK-TE-08.2");
            Assert.Equal(DisclosureReason.OwnershipMismatch, mismatch.Reason);
            var review = Run(English, A("IPY-02.1", CaiqAnswerValue.No, CaiqOwnership.SharedCspAndCsc, ServiceModel.IaaS)).Single(r => r.ItemId == "CHK-TE-08.2");
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.OwnershipReview, (DisclosureReason?)DisclosureReason.AnsweredNo), (review.Outcome, review.Reason, review.AnswerReason));
        }

        [Fact]
        public void Complete_ClaimOnALineThatOnlyInforms_IsNotHeldAgainstAnOwner()
        {
            // STA-03 reaches the manuals (DIS-04.1), which lie in no layer: no owner of ours to contradict, and a No withholds them.
            var result = Run(English, A("STA-03.1", CaiqAnswerValue.No, CaiqOwnership.CscOwned)).Single(r => r.ItemId == "DIS-04.1");
            Assert.Equal((DisclosureOutcome.Fail, DisclosureReason.NotDisclosed, (Owner?)null), (result.Outcome, result.Reason, result.GapOwner));
            Assert.Empty(result.Layers);
        }

        [Fact]
        public void Add_ModelFromTheInventoryWhenTheAnswersHaveNone_AndTheAnswersWhenBoth()
        {
            var inventory = new[] { new CloudService("mail", ServiceModel.PaaS, "Example") };
            Assert.Equal(ServiceModel.PaaS, Run(English, inventory, null, A("DCS-07.1", CaiqAnswerValue.Yes, model: null))[0].ServiceModel);
            var both = Run(English, inventory, null, A("DCS-07.1", CaiqAnswerValue.Yes, model: ServiceModel.IaaS))[0];
            Assert.Equal((ServiceModel.IaaS, "Example"), (both.ServiceModel, both.Vendor));
        }

        [Fact]
        public void Add_NoModelAnywhere_ConflictingModelOrQuestionTwice_AreRejected()
        {
            var evaluator = new CaiqEvaluator(English, AsOf);
            Assert.Equal("MissingRequiredValue", evaluator.Add(A("DCS-07.1", CaiqAnswerValue.Yes, model: null)).Error!.ErrorId);
            Assert.Null(evaluator.Add(A("DCS-07.1", CaiqAnswerValue.Yes)).Error);
            Assert.Equal("ConflictingServiceModel", evaluator.Add(A("DCS-10.1", CaiqAnswerValue.Yes, model: ServiceModel.IaaS)).Error!.ErrorId);
            var duplicate = evaluator.Add(A("dcs-07.1", CaiqAnswerValue.No, row: 9)).Error!;
            Assert.Equal("DuplicateItemId", duplicate.ErrorId);
            Assert.Equal((1L, 3L), (evaluator.Answers, evaluator.AnswersWithErrors));
        }

        [Fact]
        public void Summary_CountsUnmappedQuestionsAndOwnershipMismatchesPerService()
        {
            // IVS-04 reaches two provider lines (CHK-TE-03.1, DIS-03.1); BCR-08 two provider lines (CHK-TE-08.1, CHK-TE-08.3): a vendor's answer about backup speaks of its storage.
            var results = Run(English, A("IVS-04.1", CaiqAnswerValue.Yes, CaiqOwnership.CscOwned), A("BCR-08.1", CaiqAnswerValue.Yes, CaiqOwnership.SharedCspAndCsc),
                A("STA-04.1", CaiqAnswerValue.Yes), A("GRC-06.1", CaiqAnswerValue.Yes), A("DCS-07.1", CaiqAnswerValue.Yes, service: "Chat"));
            var builder = new DisclosureSummaryBuilder();
            foreach (var result in results) builder.Add(result);
            var summaries = builder.Build().ToDictionary(s => s.ServiceName);
            Assert.Equal((2, 2, 2, false), (summaries["Mail"].Unmapped, summaries["Mail"].OwnershipMismatches, summaries["Mail"].OwnershipReviews, summaries["Mail"].Satisfied));
            Assert.Equal((0, 0), (summaries["Chat"].Unmapped, summaries["Chat"].OwnershipMismatches));
        }
    }
}
