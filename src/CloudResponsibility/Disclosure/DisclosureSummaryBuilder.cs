using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Adds results up per service (Test-VendorDisclosure -Summary): the count of each outcome and,
    /// per area, the share of the lines that apply whose outcome is satisfactory. Holds a few
    /// counters per service, however many results it is given.
    /// </summary>
    public sealed class DisclosureSummaryBuilder
    {
        private static readonly int Outcomes = Enum.GetValues(typeof(DisclosureOutcome)).Length;
        private static readonly int Areas = Enum.GetValues(typeof(QuestionnaireArea)).Length;

        private readonly Dictionary<string, Tally> byService = new Dictionary<string, Tally>(StringComparer.OrdinalIgnoreCase);
        private readonly List<Tally> order = new List<Tally>();

        /// <summary>Adds a result to its service's summary.</summary>
        public void Add(DisclosureResult result)
        {
            if (result is null) throw new ArgumentNullException(nameof(result));
            if (!byService.TryGetValue(result.ServiceName, out var tally))
            {
                tally = new Tally(result.Service, result.AsOf);
                byService[result.ServiceName] = tally;
                order.Add(tally);
            }
            tally.Add(result);
        }

        /// <summary>One summary per service, in the order their first results came.</summary>
        public IEnumerable<DisclosureSummary> Build()
        {
            foreach (var tally in order) yield return tally.ToSummary();
        }

        private sealed class Tally
        {
            private readonly CloudService service;
            private readonly DateTime asOf;
            private readonly int[] outcomes = new int[Outcomes];
            private readonly int[] applicable = new int[Areas];
            private readonly int[] satisfied = new int[Areas];
            private readonly List<string> certifications = new List<string>();
            private int mismatches;
            private int reviews;

            public Tally(CloudService service, DateTime asOf)
            {
                this.service = service;
                this.asOf = asOf;
            }

            public void Add(DisclosureResult result)
            {
                outcomes[(int)result.Outcome]++;
                if (result.Reason == DisclosureReason.OwnershipMismatch) mismatches++;
                else if (result.Reason == DisclosureReason.OwnershipReview) reviews++;
                if (result.Outcome != DisclosureOutcome.Expired)
                    foreach (var id in result.Certifications)
                        if (!certifications.Contains(id)) certifications.Add(id);
                // Unknown IDs and lines that do not apply to the model do not count towards coverage.
                if (result.Area is not QuestionnaireArea area || result.Reason == DisclosureReason.NotApplicableToModel) return;
                applicable[(int)area]++;
                if (DisclosureJudge.IsSatisfied(result.Outcome)) satisfied[(int)area]++;
            }

            public DisclosureSummary ToSummary()
            {
                var coverage = new double?[Areas];
                var allApplicable = 0;
                var allSatisfied = 0;
                for (var i = 0; i < Areas; i++)
                {
                    coverage[i] = Share(satisfied[i], applicable[i]);
                    allApplicable += applicable[i];
                    allSatisfied += satisfied[i];
                }
                return new DisclosureSummary(service, (int[])outcomes.Clone(), coverage, Share(allSatisfied, allApplicable), new ValueList<string>(certifications), asOf, mismatches, reviews);
            }

            private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);
        }
    }
}
