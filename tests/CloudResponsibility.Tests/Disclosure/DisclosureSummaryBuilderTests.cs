using System;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    public sealed class DisclosureSummaryBuilderTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);

        [Fact]
        public void Build_AnswerNotAmongTheAccepted_CountsAsUnreadable_NotMissing_AndCoversNothing()
        {
            var evaluator = new DisclosureEvaluator(English, new DateTime(2026, 12, 1));
            var summary = new DisclosureSummaryBuilder();
            summary.Add(evaluator.Evaluate(new AnswerRecord("Mail", "DIS-01.1", null, "Acme", ServiceModel.SaaS, file: "q.csv", row: 37, answerText: "Acme Corporation K.K.")).Result!);
            summary.Add(evaluator.Evaluate(new AnswerRecord("Mail", "DIS-01.2", VendorAnswer.Yes, file: "q.csv", row: 38)).Result!);
            foreach (var missing in evaluator.Complete()) summary.Add(missing);
            var mail = Assert.Single(summary.Build());
            Assert.Equal((54, 1, 1, 52), (mail.Items, mail.Pass, mail.Unreadable, mail.Missing));
            Assert.Equal(Math.Round(1.0 / 19, 4), mail.DisclosureCoverage);
            Assert.False(mail.Satisfied);
        }

        [Fact]
        public void Build_CountsEachOutcomeAndTheCoverageOfEachArea()
        {
            var evaluator = new DisclosureEvaluator(English, new DateTime(2026, 12, 1));
            var answers = new (string Item, VendorAnswer? Answer, string? Certification, DateTime? ValidUntil)[]
            {
                ("CHK-DC-01.1", VendorAnswer.Yes, null, null), ("CHK-DC-01.2", VendorAnswer.No, null, null),
                ("CHK-OP-03.1", VendorAnswer.Yes, "ISMAP", new DateTime(2026, 1, 31)), ("CHK-OP-03.2", VendorAnswer.Yes, "SOC 2", null),
                ("DIS-01.6", VendorAnswer.NotApplicable, null, null), ("CHK-TE-99.1", VendorAnswer.Yes, null, null),
            };
            var summary = new DisclosureSummaryBuilder();
            var row = 2;
            foreach (var (item, answer, certification, validUntil) in answers)
                summary.Add(evaluator.Evaluate(new AnswerRecord("Mail", item, answer, "Acme", ServiceModel.SaaS, null, certification, validUntil, null, null, "q.csv", row++)).Result!);
            foreach (var missing in evaluator.Complete()) summary.Add(missing);

            var mail = Assert.Single(summary.Build());
            Assert.Equal((55, 2, 1, 0, 49, 1, 0, 1, 1), (mail.Items, mail.Pass, mail.Fail, mail.Partial, mail.Missing, mail.Expired, mail.NoEvidence, mail.NotApplicable, mail.Unknown));
            Assert.Equal(0.125, mail.DataCentreCoverage);
            Assert.Equal(0.0, mail.TechnicalCoverage);
            Assert.Equal(Math.Round(1.0 / 6, 4), mail.OperationalCoverage);
            Assert.Equal(Math.Round(1.0 / 19, 4), mail.DisclosureCoverage);
            Assert.Equal(Math.Round(3.0 / 54, 4), mail.Coverage);
            Assert.False(mail.Satisfied);
            Assert.Equal("SOC2", mail.Certifications.ToString());
            Assert.Equal(("Mail", "Acme", ServiceModel.SaaS), (mail.ServiceName, mail.Vendor, mail.ServiceModel));
        }

        [Fact]
        public void Build_EverythingPassedOrNotApplicable_IsSatisfied()
        {
            var evaluator = new DisclosureEvaluator(English, new DateTime(2026, 12, 1));
            var summary = new DisclosureSummaryBuilder();
            var row = 2;
            foreach (var item in English.Questionnaire.For(ServiceModel.IaaS))
            {
                var answer = item.Id == "CHK-TE-02.1" ? VendorAnswer.NotApplicable : VendorAnswer.Yes;
                summary.Add(evaluator.Evaluate(new AnswerRecord("VMs", item.Id, answer, null, ServiceModel.IaaS, item.RequiresEvidence ? "doc" : null, null, null, null, null, null, row++)).Result!);
            }
            var vms = Assert.Single(summary.Build());
            Assert.True(vms.Satisfied);
            Assert.Equal(1.0, vms.Coverage);
            Assert.Equal(1, vms.NotApplicable);
            Assert.All(Enum.GetValues(typeof(QuestionnaireArea)).Cast<QuestionnaireArea>(), area => Assert.Equal(1.0, vms.CoverageOf(area)));
        }
    }
}
