using System;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// How one questionnaire line of one service changed between a reference questionnaire (last
    /// year's, or before an upgrade) and a difference one (Compare-VendorDisclosure): the kind of
    /// change, what changed, and both values. Both sides are judged at the same date, so a
    /// certificate renewed since is an improvement. Immutable.
    /// </summary>
    public sealed class DisclosureChange
    {
        internal DisclosureChange(DisclosureResult? reference, DisclosureResult? difference, DisclosureChangeKind change, ValueList<string> changed)
        {
            if (reference is null && difference is null) throw new ArgumentException("A change needs at least one side.");
            Reference = reference;
            Difference = difference;
            Change = change;
            Changed = changed;
        }

        /// <summary>The line's result in the reference questionnaire; null when the service is not in it. A link, not a report column.</summary>
        public DisclosureResult? Reference { get; }

        /// <summary>The line's result in the difference questionnaire; null when the service is not in it. A link, not a report column.</summary>
        public DisclosureResult? Difference { get; }

        private DisclosureResult Either => Difference ?? Reference!;

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Either.ServiceName;

        /// <summary>The line's ID.</summary>
        [ReportColumn]
        public string ItemId => Either.ItemId;

        /// <summary>The line's area.</summary>
        [ReportColumn]
        public QuestionnaireArea? Area => Either.Area;

        /// <summary>The check or disclosure item the line belongs to.</summary>
        [ReportColumn]
        public string? Topic => Either.Topic;

        /// <summary>The line's own subject.</summary>
        [ReportColumn]
        public string? Subject => Either.Subject;

        /// <summary>The kind of change.</summary>
        [ReportColumn]
        public DisclosureChangeKind Change { get; }

        /// <summary>What differs: any of Outcome, Answer, Evidence, Certifications, ValidUntil.</summary>
        [ReportColumn]
        public ValueList<string> Changed { get; }

        /// <summary>The reference's outcome.</summary>
        [ReportColumn]
        public DisclosureOutcome? ReferenceOutcome => Reference?.Outcome;

        /// <summary>The difference's outcome.</summary>
        [ReportColumn]
        public DisclosureOutcome? DifferenceOutcome => Difference?.Outcome;

        /// <summary>The reference's answer.</summary>
        [ReportColumn]
        public VendorAnswer? ReferenceAnswer => Reference?.Answer;

        /// <summary>The difference's answer.</summary>
        [ReportColumn]
        public VendorAnswer? DifferenceAnswer => Difference?.Answer;

        /// <summary>The reference's evidence.</summary>
        [ReportColumn]
        public string? ReferenceEvidence => Reference?.Evidence;

        /// <summary>The difference's evidence.</summary>
        [ReportColumn]
        public string? DifferenceEvidence => Difference?.Evidence;

        /// <summary>The reference's certification cell, as written.</summary>
        [ReportColumn]
        public string? ReferenceCertificationName => Reference?.CertificationName;

        /// <summary>The difference's certification cell, as written.</summary>
        [ReportColumn]
        public string? DifferenceCertificationName => Difference?.CertificationName;

        /// <summary>The certifications the reference names, by ID.</summary>
        [ReportColumn]
        public ValueList<string> ReferenceCertifications => Reference?.Certifications ?? ValueList<string>.Empty;

        /// <summary>The certifications the difference names, by ID.</summary>
        [ReportColumn]
        public ValueList<string> DifferenceCertifications => Difference?.Certifications ?? ValueList<string>.Empty;

        /// <summary>The reference's validity.</summary>
        [ReportColumn]
        public DateTime? ReferenceValidUntil => Reference?.ValidUntil;

        /// <summary>The difference's validity.</summary>
        [ReportColumn]
        public DateTime? DifferenceValidUntil => Difference?.ValidUntil;

        /// <summary>The reference's file.</summary>
        [ReportColumn]
        public string? ReferenceFile => Reference?.File;

        /// <summary>The reference's row.</summary>
        [ReportColumn]
        public long? ReferenceRow => Reference?.Row;

        /// <summary>The difference's file.</summary>
        [ReportColumn]
        public string? DifferenceFile => Difference?.File;

        /// <summary>The difference's row.</summary>
        [ReportColumn]
        public long? DifferenceRow => Difference?.Row;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{ItemId}: {Change}";
    }
}
