using System;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// One line of the questionnaire to send a service's vendor (New-VendorQuestionnaire): the
    /// service, the line's ID and question in the chosen language, what it verifies, and the answer
    /// columns left empty for the vendor — Answer, Evidence, CertificationName, ValidUntil, Comment.
    /// Exported as a CSV it is the file the vendor fills in and Test-VendorDisclosure reads back.
    /// Immutable.
    /// </summary>
    public sealed class VendorQuestionnaireRow
    {
        internal VendorQuestionnaireRow(string serviceName, string? vendor, ServiceModel serviceModel, QuestionnaireItem item)
        {
            ServiceName = serviceName ?? throw new ArgumentNullException(nameof(serviceName));
            Vendor = vendor;
            ServiceModel = serviceModel;
            Item = item ?? throw new ArgumentNullException(nameof(item));
        }

        /// <summary>The catalog's line: a link, not a report column.</summary>
        public QuestionnaireItem Item { get; }

        /// <summary>The service the questionnaire is about.</summary>
        [ReportColumn]
        public string ServiceName { get; }

        /// <summary>The service's vendor, the questionnaire's addressee.</summary>
        [ReportColumn]
        public string? Vendor { get; }

        /// <summary>The service's model, which decides what applies.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel { get; }

        /// <summary>The line's stable ID: <c>CHK-TE-05.4</c>, <c>DIS-05.2</c>.</summary>
        [ReportColumn]
        public string ItemId => Item.Id;

        /// <summary>The line's area.</summary>
        [ReportColumn]
        public QuestionnaireArea Area => Item.Area;

        /// <summary>The check or disclosure item the line belongs to.</summary>
        [ReportColumn]
        public string Topic => Item.Topic;

        /// <summary>The line's own subject.</summary>
        [ReportColumn]
        public string Subject => Item.Subject;

        /// <summary>The question to the vendor.</summary>
        [ReportColumn]
        public string Question => Item.Question;

        /// <summary>The evidence a Yes must name; empty when the line needs none.</summary>
        [ReportColumn]
        public string? EvidenceRequested => Item.RequiresEvidence ? Item.Evidence : null;

        /// <summary>The threats mitigated by the measures the line verifies.</summary>
        [ReportColumn]
        public ValueList<string> ThreatIds => Item.ThreatIds;

        /// <summary>The provider measures the line verifies.</summary>
        [ReportColumn]
        public ValueList<string> ProviderControlIds => Item.ProviderControlIds;

        /// <summary>Whether the line applies to the service's model; false only with -IncludeNotApplicable.</summary>
        [ReportColumn]
        public bool Applies => Item.AppliesTo(ServiceModel);

        /// <summary>Why the line does not apply to the service's model, as the catalog records it; empty when it applies.</summary>
        [ReportColumn]
        public string? NotApplicableReason => Item.ExclusionReason(ServiceModel);

        /// <summary>The vendor's answer: Yes, No, Partial or NotApplicable. Empty, for the vendor.</summary>
        [ReportColumn]
        public string? Answer => null;

        /// <summary>The evidence the vendor names: a document, report or URL. Empty, for the vendor.</summary>
        [ReportColumn]
        public string? Evidence => null;

        /// <summary>The certification the answer rests on. Empty, for the vendor.</summary>
        [ReportColumn]
        public string? CertificationName => null;

        /// <summary>Until when the answer (a certificate, a report) is valid, year first. Empty, for the vendor.</summary>
        [ReportColumn]
        public string? ValidUntil => null;

        /// <summary>The vendor's comment. Empty, for the vendor.</summary>
        [ReportColumn]
        public string? Comment => null;

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language => Item.Language;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{ItemId}";
    }
}
