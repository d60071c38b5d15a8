using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Disclosure
{
    public sealed class DisclosureComparerTests
    {
        private static readonly CatalogView English = CloudCatalog.Default.In(Language.En);
        private static readonly DateTime AsOf = new DateTime(2026, 12, 1);

        private static List<DisclosureResult> Judge(params (string Service, string Item, VendorAnswer? Answer, string? Evidence, string? Certification, DateTime? ValidUntil)[] rows)
        {
            var evaluator = new DisclosureEvaluator(English, AsOf);
            var results = rows.Select((r, i) => evaluator.Evaluate(new AnswerRecord(r.Service, r.Item, r.Answer, null, ServiceModel.SaaS, r.Evidence, r.Certification, r.ValidUntil, null, null, "q.csv", i + 2)).Result!).ToList();
            results.AddRange(evaluator.Complete());
            return results;
        }

        [Fact]
        public void Compare_UnreadableAnswer_IsAnswered_RankedWithMissing_AndComparedByItsText()
        {
            AnswerRecord Unreadable(string item, string text, int row) => new AnswerRecord("Mail", item, null, null, ServiceModel.SaaS, file: "q.csv", row: row, answerText: text);
            var lastYear = new DisclosureEvaluator(English, AsOf);
            var reference = new[] { Unreadable("DIS-01.1", "Acme K.K.", 2), Unreadable("DIS-01.2", "Tokyo", 3), Unreadable("DIS-01.3", "Same text", 4) }
                .Select(r => lastYear.Evaluate(r).Result!).Concat(lastYear.Complete()).ToList();
            var thisYear = new DisclosureEvaluator(English, AsOf);
            var difference = new[] { new AnswerRecord("Mail", "DIS-01.1", VendorAnswer.Yes, serviceModel: ServiceModel.SaaS), Unreadable("DIS-01.2", "Osaka", 3), Unreadable("DIS-01.3", "Same text", 4), Unreadable("DIS-01.4", "1998", 5) }
                .Select(r => thisYear.Evaluate(r).Result!).Concat(thisYear.Complete()).ToList();
            var changes = DisclosureComparer.Compare(reference, difference, includeEqual: true).ToDictionary(c => c.ItemId);
            Assert.Equal((DisclosureChangeKind.Improved, "Outcome;Answer"), (changes["DIS-01.1"].Change, changes["DIS-01.1"].Changed.ToString()));
            Assert.Equal((DisclosureChangeKind.Changed, "Answer"), (changes["DIS-01.2"].Change, changes["DIS-01.2"].Changed.ToString()));
            Assert.Equal(DisclosureChangeKind.Equal, changes["DIS-01.3"].Change);
            // A line no row answered last year, answered unreadably this year: the vendor answered it.
            Assert.Equal((DisclosureChangeKind.Added, DisclosureOutcome.Unreadable), (changes["DIS-01.4"].Change, changes["DIS-01.4"].Difference!.Outcome));
            Assert.Equal(0, DisclosureComparer.Rank(DisclosureOutcome.Unreadable));
        }

        [Fact]
        public void Compare_ValidityThatIsNoDate_IsAnswered_Worsened_AndComparedByItsText()
        {
            AnswerRecord Certified(DateTime? until, string? text) =>
                new AnswerRecord("Mail", "CHK-OP-03.1", VendorAnswer.Yes, null, ServiceModel.SaaS, certificationName: "ISMAP", validUntil: until, file: "q.csv", row: 2, validUntilText: text);
            DisclosureResult Judged(AnswerRecord record) => new DisclosureEvaluator(English, AsOf).Evaluate(record).Result!;
            var valid = Judged(Certified(new DateTime(2027, 3, 31), null));
            var undated = Judged(Certified(null, "next March"));
            var worse = DisclosureComparer.Classify(valid, undated);
            Assert.Equal((DisclosureChangeKind.Worsened, "Outcome;ValidUntil"), (worse.Change, worse.Changed.ToString()));
            Assert.Equal((DisclosureChangeKind.Changed, "ValidUntil"), (DisclosureComparer.Classify(undated, Judged(Certified(null, "April"))).Change, DisclosureComparer.Classify(undated, Judged(Certified(null, "April"))).Changed.ToString()));
            Assert.Equal(DisclosureChangeKind.Equal, DisclosureComparer.Classify(undated, Judged(Certified(null, "next March"))).Change);
        }

        [Fact]
        public void Compare_EachKindOfChange_IsNamedWithWhatChanged()
        {
            var lastYear = Judge(
                ("Mail", "CHK-DC-01.1", VendorAnswer.Yes, null, null, null),
                ("Mail", "CHK-DC-01.2", VendorAnswer.Partial, null, null, null),
                ("Mail", "CHK-OP-03.1", VendorAnswer.Yes, null, "ISMS", new DateTime(2026, 3, 31)),
                ("Mail", "CHK-TE-05.4", VendorAnswer.Yes, "Terms §12", null, null),
                ("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null),
                ("Mail", "DIS-01.2", VendorAnswer.Yes, null, null, null));
            var thisYear = Judge(
                ("Mail", "CHK-DC-01.1", VendorAnswer.No, null, null, null),
                ("Mail", "CHK-DC-01.2", VendorAnswer.Yes, null, null, null),
                ("Mail", "CHK-OP-03.1", VendorAnswer.Yes, null, "ISO/IEC 27001", new DateTime(2027, 3, 31)),
                ("Mail", "CHK-TE-05.4", VendorAnswer.Yes, "Terms §14", null, null),
                ("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null),
                ("Mail", "DIS-02.1", VendorAnswer.No, null, null, null));
            var changes = DisclosureComparer.Compare(lastYear, thisYear).ToDictionary(c => c.ItemId);
            Assert.Equal((DisclosureChangeKind.Worsened, "Outcome;Answer"), (changes["CHK-DC-01.1"].Change, changes["CHK-DC-01.1"].Changed.ToString()));
            Assert.Equal(DisclosureChangeKind.Improved, changes["CHK-DC-01.2"].Change);
            // ISMS and ISO/IEC 27001 are one certification: only the validity changed, and with it the outcome.
            Assert.Equal((DisclosureChangeKind.Improved, "Outcome;ValidUntil"), (changes["CHK-OP-03.1"].Change, changes["CHK-OP-03.1"].Changed.ToString()));
            Assert.Equal((DisclosureChangeKind.Changed, "Evidence"), (changes["CHK-TE-05.4"].Change, changes["CHK-TE-05.4"].Changed.ToString()));
            Assert.Equal(("Terms §12", "Terms §14"), (changes["CHK-TE-05.4"].ReferenceEvidence, changes["CHK-TE-05.4"].DifferenceEvidence));
            Assert.Equal(DisclosureChangeKind.Removed, changes["DIS-01.2"].Change);
            Assert.Equal((DisclosureOutcome.Missing, DisclosureReason.NoRow), (changes["DIS-01.2"].Difference!.Outcome, changes["DIS-01.2"].Difference!.Reason));
            Assert.Equal(DisclosureChangeKind.Added, changes["DIS-02.1"].Change);
            Assert.False(changes.ContainsKey("DIS-01.1"));
            Assert.Equal(6, changes.Count);
        }

        [Fact]
        public void Compare_IncludeEqual_WritesEveryLineOfEveryService()
        {
            var lastYear = Judge(("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null));
            var thisYear = Judge(("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null), ("Chat", "DIS-01.1", VendorAnswer.Yes, null, null, null));
            var changes = DisclosureComparer.Compare(lastYear, thisYear, includeEqual: true).ToList();
            Assert.Equal(2 * 54, changes.Count);
            Assert.Equal(DisclosureChangeKind.Added, changes.Single(c => c.ServiceName == "Chat" && c.ItemId == "DIS-01.1").Change);
            Assert.Null(changes.Single(c => c.ServiceName == "Chat" && c.ItemId == "DIS-01.1").Reference);
            Assert.Equal(2 * 54 - 1, changes.Count(c => c.Change == DisclosureChangeKind.Equal));
        }

        [Fact]
        public void Compare_ServiceOnlyLastYear_IsRemovedLineByLine()
        {
            var changes = DisclosureComparer.Compare(Judge(("Old", "DIS-01.1", VendorAnswer.Yes, null, null, null)), Judge(("New", "DIS-01.1", VendorAnswer.Yes, null, null, null))).ToList();
            Assert.Equal(new[] { ("New", DisclosureChangeKind.Added), ("Old", DisclosureChangeKind.Removed) }, changes.Select(c => (c.ServiceName, c.Change)));
            Assert.Null(changes[1].Difference);
        }

        [Fact]
        public void Compare_DifferenceReadInPart_TheServicesItLacksAreNotCompared_NotRemoved()
        {
            var lastYear = Judge(("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null), ("Chat", "DIS-01.1", VendorAnswer.Yes, null, null, null));
            var thisYear = Judge(("Mail", "DIS-01.1", VendorAnswer.No, null, null, null));
            var comparer = new DisclosureComparer(lastYear);
            var changes = thisYear.Select(comparer.Add).Where(c => c is not null).Concat(comparer.Remaining(differenceComplete: false)).ToList();
            // Chat's file is the one that could not be read: whether Chat's lines were removed is not known.
            Assert.Equal(new[] { ("Mail", "DIS-01.1", DisclosureChangeKind.Worsened) }, changes.Select(c => (c!.ServiceName, c.ItemId, c.Change)));
            Assert.Equal(new[] { "Chat" }, comparer.NotCompared);
            Assert.Contains(DisclosureComparer.Compare(lastYear, thisYear), c => c.ServiceName == "Chat" && c.Change == DisclosureChangeKind.Removed);
        }

        [Fact]
        public void Compare_ReferenceReadInPart_TheServicesItLacksAreNotCompared_NotAdded()
        {
            var lastYear = Judge(("Mail", "DIS-01.1", VendorAnswer.Partial, null, null, null));
            var thisYear = Judge(("Mail", "DIS-01.1", VendorAnswer.Yes, null, null, null), ("Chat", "DIS-01.1", VendorAnswer.Yes, null, null, null));
            var comparer = new DisclosureComparer(lastYear, includeEqual: true, referenceComplete: false);
            var changes = thisYear.Select(comparer.Add).Where(c => c is not null).Concat(comparer.Remaining()).ToList();
            Assert.DoesNotContain(changes, c => c!.ServiceName == "Chat");
            Assert.Equal(54, changes.Count);
            Assert.Equal(DisclosureChangeKind.Improved, changes.Single(c => c!.ItemId == "DIS-01.1")!.Change);
            Assert.Equal(new[] { "Chat" }, comparer.NotCompared);
        }

        [Theory]
        [InlineData(DisclosureOutcome.Fail, DisclosureOutcome.Missing, false)]
        [InlineData(DisclosureOutcome.Pass, DisclosureOutcome.NotApplicable, false)]
        [InlineData(DisclosureOutcome.Expired, DisclosureOutcome.Partial, true)]
        [InlineData(DisclosureOutcome.NoEvidence, DisclosureOutcome.Pass, true)]
        public void Rank_OrdersOutcomesAsTheHelpSays(DisclosureOutcome worse, DisclosureOutcome better, bool ranked) =>
            Assert.Equal(ranked, DisclosureComparer.Rank(better) > DisclosureComparer.Rank(worse));
    }
}
