using System;
using System.Collections.Generic;
using CloudResponsibility.Caiq;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// The judgement of one questionnaire line of one service (Test-VendorDisclosure): the vendor's
    /// answer as read, its <see cref="Outcome"/> with a machine-readable <see cref="Reason"/> and a
    /// message in the chosen language, what the line verifies (checks, provider measures, threats),
    /// and who owns a gap it shows: the owner of the line's layers under the service's matrix, after
    /// contract overrides. A line no row answers has a result too (<see cref="DisclosureReason.NoRow"/>),
    /// a row whose ID is no line of the catalog (<see cref="DisclosureOutcome.Unknown"/>), and a row
    /// whose answer is none of the accepted ones, or whose validity is no date
    /// (<see cref="DisclosureOutcome.Unreadable"/>). The questionnaire's other columns are carried
    /// along. Immutable.
    /// </summary>
    public sealed class DisclosureResult
    {
        private readonly ValueList<Layer>? gapLayers;

        internal DisclosureResult(
            CloudService service, string itemId, QuestionnaireItem? item, DisclosureOutcome outcome, DisclosureReason reason, string message,
            VendorAnswer? answer, string? evidence, string? certificationName, ValueList<string> certifications, DateTime? validUntil, string? comment,
            Owner? gapOwner, bool ownerOverridden, DateTime asOf, Language language, string? file, long? row, IReadOnlyList<KeyValuePair<string, string>>? additionalColumns,
            string? ownerClause = null, ValueList<CaiqOwnership>? vendorOwnership = null, ValueList<string>? questionIds = null, DisclosureReason? answerReason = null,
            string? answerText = null, string? answerHeader = null, ValueList<Layer>? gapLayers = null,
            string? validUntilText = null, string? validUntilHeader = null, long? inputPosition = null)
        {
            ValidUntilText = validUntilText;
            ValidUntilHeader = validUntilHeader;
            InputPosition = inputPosition;
            AnswerText = answerText;
            AnswerHeader = answerHeader;
            this.gapLayers = gapLayers;
            OwnerClause = ownerClause;
            VendorOwnership = vendorOwnership ?? ValueList<CaiqOwnership>.Empty;
            QuestionIds = questionIds ?? ValueList<string>.Empty;
            AnswerReason = answerReason;
            Service = service ?? throw new ArgumentNullException(nameof(service));
            ItemId = itemId;
            Item = item;
            Outcome = outcome;
            Reason = reason;
            Message = message;
            Answer = answer;
            Evidence = evidence;
            CertificationName = certificationName;
            Certifications = certifications;
            ValidUntil = validUntil;
            Comment = comment;
            GapOwner = gapOwner;
            OwnerOverridden = ownerOverridden;
            AsOf = asOf;
            Language = language;
            File = file;
            Row = row;
            AdditionalColumns = additionalColumns ?? Array.Empty<KeyValuePair<string, string>>();
        }

        /// <summary>The service: from the inventory when one was given, else as the questionnaire names it. A link, not a report column.</summary>
        public CloudService Service { get; }

        /// <summary>The catalog's line; null for an <see cref="DisclosureOutcome.Unknown"/> ID. A link, not a report column.</summary>
        public QuestionnaireItem? Item { get; }

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>Its vendor.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>Its model, which decides what applies and who owns each layer.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>The line's ID, as the catalog writes it (or as read, for an unknown one).</summary>
        [ReportColumn]
        public string ItemId { get; }

        /// <summary>The line's area; empty for an unknown ID.</summary>
        [ReportColumn]
        public QuestionnaireArea? Area => Item?.Area;

        /// <summary>The check or disclosure item the line belongs to.</summary>
        [ReportColumn]
        public string? Topic => Item?.Topic;

        /// <summary>The line's own subject.</summary>
        [ReportColumn]
        public string? Subject => Item?.Subject;

        /// <summary>The question the vendor answered.</summary>
        [ReportColumn]
        public string? Question => Item?.Question;

        /// <summary>How the answer is judged.</summary>
        [ReportColumn]
        public DisclosureOutcome Outcome { get; }

        /// <summary>Why: a stable code, the same in every language.</summary>
        [ReportColumn]
        public DisclosureReason Reason { get; }

        /// <summary>The judgement in words, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Message { get; }

        /// <summary>The answer as read; empty when blank, without a row, or none of the accepted answers (see <see cref="AnswerText"/>).</summary>
        [ReportColumn]
        public VendorAnswer? Answer { get; }

        /// <summary>The Answer cell as the vendor wrote it, when it is none of the accepted answers (<see cref="DisclosureOutcome.Unreadable"/>); empty otherwise.</summary>
        [ReportColumn]
        public string? AnswerText { get; }

        /// <summary>The header of the questionnaire's Answer column, when <see cref="AnswerText"/> is given: a link for judging the row again, not a report column.</summary>
        public string? AnswerHeader { get; }

        /// <summary>The evidence the vendor named, as written.</summary>
        [ReportColumn]
        public string? Evidence { get; }

        /// <summary>The certification cell, as written.</summary>
        [ReportColumn]
        public string? CertificationName { get; }

        /// <summary>The certifications the cell names, by the catalog's IDs (<c>ISO27001;ISMAP</c>).</summary>
        [ReportColumn]
        public ValueList<string> Certifications { get; }

        /// <summary>Until when the answer is valid, as the vendor dated it; empty when undated, or when the cell is no date (see <see cref="ValidUntilText"/>).</summary>
        [ReportColumn]
        public DateTime? ValidUntil { get; }

        /// <summary>The ValidUntil cell as the vendor wrote it, when it is no date (<see cref="DisclosureReason.UnreadableValidUntil"/> on a Yes or Partial); empty otherwise.</summary>
        [ReportColumn]
        public string? ValidUntilText { get; }

        /// <summary>The header of the questionnaire's ValidUntil column, when <see cref="ValidUntilText"/> is given: a link for judging the row again, not a report column.</summary>
        public string? ValidUntilHeader { get; }

        /// <summary>The vendor's comment.</summary>
        [ReportColumn]
        public string? Comment { get; }

        /// <summary>Whether a Yes to the line must name evidence.</summary>
        [ReportColumn]
        public bool RequiresEvidence => Item?.RequiresEvidence ?? false;

        /// <summary>
        /// The layers a gap in the line lies in for the service: those it is about under the service's model
        /// that the provider owns or shares, by the general split or the service's contract; empty for a line
        /// whose No is no gap in a layer, and for an unknown ID.
        /// </summary>
        [ReportColumn]
        public ValueList<Layer> Layers => gapLayers ?? Item?.GapLayers(Service.ServiceModel) ?? ValueList<Layer>.Empty;

        /// <summary>
        /// Who closes a gap in the line: the owner of its layers under the service's matrix, after
        /// contract overrides; Shared when its layers have different owners; empty for an unknown ID
        /// and for a line whose No is no gap in a layer (information withheld, a fact about the offering).
        /// </summary>
        [ReportColumn]
        public Owner? GapOwner { get; }

        /// <summary>Whether a contract override set the owner of one of the line's layers.</summary>
        [ReportColumn]
        public bool OwnerOverridden { get; }

        /// <summary>The clause of the contract override that decided <see cref="GapOwner"/>; empty when the general split did.</summary>
        [ReportColumn]
        public string? OwnerClause { get; }

        /// <summary>Who the vendor's CAIQ declares owns the controls the line corresponds to (the distinct claims); empty for a questionnaire row.</summary>
        [ReportColumn]
        public ValueList<CaiqOwnership> VendorOwnership { get; }

        /// <summary>The vendor's CAIQ questions judged for the line (<c>CEK-03.1;CEK-03.2</c>); empty for a questionnaire row.</summary>
        [ReportColumn]
        public ValueList<string> QuestionIds { get; }

        /// <summary>The reason the CAIQ's answers alone give, when <see cref="Reason"/> is an ownership reason; empty otherwise.</summary>
        [ReportColumn]
        public DisclosureReason? AnswerReason { get; }

        /// <summary>The checks the line is part of or covers.</summary>
        [ReportColumn]
        public ValueList<string> CheckItemIds => Item?.CheckItemIds ?? ValueList<string>.Empty;

        /// <summary>The provider measures the line itself verifies (not all of its check's): those an unfavourable outcome leaves unverified.</summary>
        [ReportColumn]
        public ValueList<string> ProviderControlIds => Item?.ProviderControlIds ?? ValueList<string>.Empty;

        /// <summary>The threats those measures mitigate.</summary>
        [ReportColumn]
        public ValueList<string> ThreatIds => Item?.ThreatIds ?? ValueList<string>.Empty;

        /// <summary>The date the answers are judged at (a validity ending before it has expired).</summary>
        [ReportColumn]
        public DateTime AsOf { get; }

        /// <summary>The file the answer was read from; empty for piped rows and lines without a row.</summary>
        [ReportColumn]
        public string? File { get; }

        /// <summary>
        /// The row of <see cref="File"/> the answer was read from, as a spreadsheet numbers it (the
        /// header is row 1); empty for a line without a row, and for an object piped in, which is
        /// no row the module read (see <see cref="InputPosition"/>).
        /// </summary>
        [ReportColumn]
        public long? Row { get; }

        /// <summary>
        /// For an answer piped in (an Import-Csv row, a hashtable) rather than read from a file: the
        /// object's position among those piped in, the first being 1, as its errors name it ("Input
        /// object 3"); empty for a file's rows and for a line without a row.
        /// </summary>
        [ReportColumn]
        public long? InputPosition { get; }

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language { get; }

        /// <summary>The questionnaire's other columns (a vendor's memo column …), in their original order.</summary>
        [ReportColumnPairs]
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalColumns { get; }

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{ItemId}: {Outcome}";
    }
}
