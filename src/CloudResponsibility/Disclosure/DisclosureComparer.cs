using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Compares the results of two questionnaires line by line, per service (Compare-VendorDisclosure):
    /// a line answered on one side only is <see cref="DisclosureChangeKind.Added"/> or
    /// <see cref="DisclosureChangeKind.Removed"/>; on both, a better or worse outcome is
    /// <see cref="DisclosureChangeKind.Improved"/> or <see cref="DisclosureChangeKind.Worsened"/>, and
    /// another change of the answer, evidence, certifications (compared by the catalog's IDs, so
    /// ISMS and ISO/IEC 27001 are one) or validity is <see cref="DisclosureChangeKind.Changed"/>.
    /// Outcomes rank Pass and NotApplicable, then NoEvidence, Partial, Expired, then Missing,
    /// Unreadable and Fail; Unknown has no rank. An unreadable answer or validity is compared by its text. The reference results are held in memory; the difference's stream.
    /// <para>
    /// A side that could not be read in full (a file missing, unreadable or without answers) may
    /// lack a service only because its file is the one lost: the lines of a service that side
    /// lacks are then not compared at all (<see cref="NotCompared"/>) rather than all Added or
    /// Removed. The services both sides have are compared as ever.
    /// </para>
    /// </summary>
    public sealed class DisclosureComparer
    {
        private readonly Dictionary<string, DisclosureResult> held = new Dictionary<string, DisclosureResult>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> order = new List<string>();
        private readonly HashSet<string> matched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> referenceServices = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> differenceServices = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> notComparedKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> notCompared = new List<string>();
        private readonly bool includeEqual;
        private readonly bool referenceComplete;

        /// <summary>Holds the reference's results, to compare the difference's with as they come.</summary>
        /// <param name="reference">The older questionnaire's results, every line of every service.</param>
        /// <param name="includeEqual">Whether lines that did not change are written too, as <see cref="DisclosureChangeKind.Equal"/>.</param>
        /// <param name="referenceComplete">False when a file of the reference could not be read: the difference's services the reference lacks are then not compared, not Added.</param>
        public DisclosureComparer(IEnumerable<DisclosureResult> reference, bool includeEqual = false, bool referenceComplete = true)
        {
            if (reference is null) throw new ArgumentNullException(nameof(reference));
            this.includeEqual = includeEqual;
            this.referenceComplete = referenceComplete;
            foreach (var result in reference)
            {
                var key = Key(result);
                if (held.ContainsKey(key)) continue;
                held[key] = result;
                order.Add(key);
                referenceServices.Add(ServiceKey(result));
            }
        }

        /// <summary>The services left out of the comparison, in the order met: a side that could not be read in full lacks them.</summary>
        public IReadOnlyList<string> NotCompared => notCompared;

        /// <summary>The properties a change may name in <see cref="DisclosureChange.Changed"/>.</summary>
        public static IReadOnlyList<string> Properties { get; } = new[] { "Outcome", "Answer", "Evidence", "Certifications", "ValidUntil" };

        /// <summary>The changes of two questionnaires: in the difference's order, then the lines only the reference has.</summary>
        public static IEnumerable<DisclosureChange> Compare(IEnumerable<DisclosureResult> reference, IEnumerable<DisclosureResult> difference, bool includeEqual = false)
        {
            if (difference is null) throw new ArgumentNullException(nameof(difference));
            var comparer = new DisclosureComparer(reference, includeEqual);
            foreach (var result in difference)
                if (comparer.Add(result) is { } change) yield return change;
            foreach (var change in comparer.Remaining()) yield return change;
        }

        /// <summary>
        /// How a line of the difference changed since the reference; null when it did not and equal
        /// lines are not written, or when its service is not compared (the reference, not read in
        /// full, lacks it).
        /// </summary>
        public DisclosureChange? Add(DisclosureResult difference)
        {
            if (difference is null) throw new ArgumentNullException(nameof(difference));
            var service = ServiceKey(difference);
            differenceServices.Add(service);
            if (!referenceComplete && !referenceServices.Contains(service))
            {
                LeaveOut(service, difference.ServiceName);
                return null;
            }
            var key = Key(difference);
            if (held.TryGetValue(key, out var earlier)) matched.Add(key);
            return Written(Classify(earlier, difference));
        }

        /// <summary>The lines of the reference the difference has not had, each as a change.</summary>
        /// <param name="differenceComplete">False when a file of the difference could not be read: the reference's services the difference lacks are then not compared, not Removed.</param>
        public IEnumerable<DisclosureChange> Remaining(bool differenceComplete = true)
        {
            foreach (var key in order.Where(k => !matched.Contains(k)))
            {
                var reference = held[key];
                var service = ServiceKey(reference);
                if (!differenceComplete && !differenceServices.Contains(service))
                {
                    LeaveOut(service, reference.ServiceName);
                    continue;
                }
                if (Written(Classify(reference, null)) is { } change) yield return change;
            }
        }

        private void LeaveOut(string service, string name)
        {
            if (notComparedKeys.Add(service)) notCompared.Add(name);
        }

        private DisclosureChange? Written(DisclosureChange change) => includeEqual || change.Change != DisclosureChangeKind.Equal ? change : null;

        /// <summary>How a line changed from <paramref name="reference"/> to <paramref name="difference"/> (either may be null: the service is not on that side).</summary>
        public static DisclosureChange Classify(DisclosureResult? reference, DisclosureResult? difference)
        {
            var changed = new ValueList<string>(Properties.Where(p => Differs(p, reference, difference)));
            var answeredBefore = Answered(reference);
            var answeredNow = Answered(difference);
            DisclosureChangeKind kind;
            if (!answeredBefore && !answeredNow) kind = DisclosureChangeKind.Equal;
            else if (!answeredBefore) kind = DisclosureChangeKind.Added;
            else if (!answeredNow) kind = DisclosureChangeKind.Removed;
            else if (changed.Count == 0) kind = DisclosureChangeKind.Equal;
            else if (Rank(reference!.Outcome) is int before && Rank(difference!.Outcome) is int now && before != now)
                kind = now > before ? DisclosureChangeKind.Improved : DisclosureChangeKind.Worsened;
            else kind = DisclosureChangeKind.Changed;
            return new DisclosureChange(reference, difference, kind, changed);
        }

        /// <summary>The rank of an outcome, higher being better; null for Unknown.</summary>
        public static int? Rank(DisclosureOutcome outcome) => outcome switch
        {
            DisclosureOutcome.Pass => 4,
            DisclosureOutcome.NotApplicable => 4,
            DisclosureOutcome.NoEvidence => 3,
            DisclosureOutcome.Partial => 2,
            DisclosureOutcome.Expired => 1,
            DisclosureOutcome.Missing => 0,
            DisclosureOutcome.Unreadable => 0,
            DisclosureOutcome.Fail => 0,
            _ => null,
        };

        private static bool Answered(DisclosureResult? result) => result is not null && result.Reason != DisclosureReason.NoRow;

        private static bool Differs(string property, DisclosureResult? a, DisclosureResult? b) => property switch
        {
            "Outcome" => a?.Outcome != b?.Outcome,
            "Answer" => a?.Answer != b?.Answer || !SameText(a?.AnswerText, b?.AnswerText),
            "Evidence" => !SameText(a?.Evidence, b?.Evidence),
            "Certifications" => !SameCertifications(a, b),
            _ => a?.ValidUntil != b?.ValidUntil || !SameText(a?.ValidUntilText, b?.ValidUntilText),
        };

        private static bool SameCertifications(DisclosureResult? a, DisclosureResult? b)
        {
            var before = a?.Certifications ?? ValueList<string>.Empty;
            var now = b?.Certifications ?? ValueList<string>.Empty;
            // Names the catalog does not know are compared as written.
            if (before.Count == 0 && now.Count == 0) return SameText(a?.CertificationName, b?.CertificationName);
            return new HashSet<string>(before, StringComparer.Ordinal).SetEquals(now);
        }

        private static bool SameText(string? a, string? b) =>
            string.Equals(a is null ? null : TextNormalizer.Normalize(a), b is null ? null : TextNormalizer.Normalize(b), StringComparison.Ordinal);

        private static string Key(DisclosureResult result) => ServiceKey(result) + "\n" + result.ItemId;

        private static string ServiceKey(DisclosureResult result) => TextNormalizer.Normalize(result.ServiceName);
    }
}
