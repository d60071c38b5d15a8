using System;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// One service's questionnaire at a glance (Test-VendorDisclosure -Summary): how many lines got
    /// each outcome, and per area the coverage — the share of the lines that apply whose outcome is
    /// <see cref="DisclosureOutcome.Pass"/> or an accepted <see cref="DisclosureOutcome.NotApplicable"/>.
    /// Immutable.
    /// </summary>
    public sealed class DisclosureSummary
    {
        internal DisclosureSummary(CloudService service, int[] outcomes, double?[] coverage, double? overall, ValueList<string> certifications, DateTime asOf,
            int ownershipMismatches = 0, int ownershipReviews = 0)
        {
            OwnershipMismatches = ownershipMismatches;
            OwnershipReviews = ownershipReviews;
            Service = service ?? throw new ArgumentNullException(nameof(service));
            counts = outcomes;
            this.coverage = coverage;
            Coverage = overall;
            Certifications = certifications;
            AsOf = asOf;
        }

        private readonly int[] counts;
        private readonly double?[] coverage;

        /// <summary>The service: a link, not a report column.</summary>
        public CloudService Service { get; }

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>Its vendor.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>Its model.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>The results: one per line that applies, and one per row of an unknown ID or of a line that does not apply.</summary>
        [ReportColumn]
        public int Items
        {
            get
            {
                var total = 0;
                foreach (var count in counts) total += count;
                return total;
            }
        }

        /// <summary>Lines that passed.</summary>
        [ReportColumn]
        public int Pass => counts[(int)DisclosureOutcome.Pass];

        /// <summary>Lines that failed.</summary>
        [ReportColumn]
        public int Fail => counts[(int)DisclosureOutcome.Fail];

        /// <summary>Lines answered Partial.</summary>
        [ReportColumn]
        public int Partial => counts[(int)DisclosureOutcome.Partial];

        /// <summary>Lines without an answer.</summary>
        [ReportColumn]
        public int Missing => counts[(int)DisclosureOutcome.Missing];

        /// <summary>Lines answered, but with none of the accepted answers.</summary>
        [ReportColumn]
        public int Unreadable => counts[(int)DisclosureOutcome.Unreadable];

        /// <summary>Lines past their validity.</summary>
        [ReportColumn]
        public int Expired => counts[(int)DisclosureOutcome.Expired];

        /// <summary>Lines answered Yes without the evidence they ask for.</summary>
        [ReportColumn]
        public int NoEvidence => counts[(int)DisclosureOutcome.NoEvidence];

        /// <summary>Lines not applicable.</summary>
        [ReportColumn]
        public int NotApplicable => counts[(int)DisclosureOutcome.NotApplicable];

        /// <summary>Rows whose ID is no line of the catalog.</summary>
        [ReportColumn]
        public int Unknown => counts[(int)DisclosureOutcome.Unknown];

        /// <summary>CAIQ questions that correspond to no line of the catalog.</summary>
        [ReportColumn]
        public int Unmapped => counts[(int)DisclosureOutcome.Unmapped];

        /// <summary>Lines whose CAIQ ownership claim contradicts our matrix (<see cref="DisclosureReason.OwnershipMismatch"/>), whatever their outcome.</summary>
        [ReportColumn]
        public int OwnershipMismatches { get; }

        /// <summary>Lines the CAIQ declares shared where our matrix names one owner (<see cref="DisclosureReason.OwnershipReview"/>).</summary>
        [ReportColumn]
        public int OwnershipReviews { get; }

        /// <summary>The share, from 0 to 1, of all the lines that apply whose outcome is satisfactory.</summary>
        [ReportColumn]
        public double? Coverage { get; }

        /// <summary>The coverage of the data-centre lines.</summary>
        [ReportColumn]
        public double? DataCentreCoverage => coverage[(int)QuestionnaireArea.DataCentre];

        /// <summary>The coverage of the technical lines.</summary>
        [ReportColumn]
        public double? TechnicalCoverage => coverage[(int)QuestionnaireArea.Technical];

        /// <summary>The coverage of the operational lines.</summary>
        [ReportColumn]
        public double? OperationalCoverage => coverage[(int)QuestionnaireArea.Operational];

        /// <summary>The coverage of the disclosure lines.</summary>
        [ReportColumn]
        public double? DisclosureCoverage => coverage[(int)QuestionnaireArea.Disclosure];

        /// <summary>Whether every result is a Pass or NotApplicable, and no ownership claim contradicts our matrix.</summary>
        [ReportColumn]
        public bool Satisfied => Items == Pass + NotApplicable && OwnershipMismatches == 0;

        /// <summary>The certifications named on lines whose outcome is not Expired, by the catalog's IDs.</summary>
        [ReportColumn]
        public ValueList<string> Certifications { get; }

        /// <summary>The date the answers are judged at.</summary>
        [ReportColumn]
        public DateTime AsOf { get; }

        /// <summary>The coverage of an area; null when no line of it applies.</summary>
        public double? CoverageOf(QuestionnaireArea area) => coverage[(int)area];

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}: {Pass}/{Items} Pass";
    }
}
