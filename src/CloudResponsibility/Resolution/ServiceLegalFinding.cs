using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Resolution
{
    /// <summary>A legal point a service triggers, with the reason: which attributes, which values.</summary>
    public sealed class ServiceLegalFinding
    {
        internal ServiceLegalFinding(CloudService service, LegalConsideration consideration, ValueList<TriggerMatch> matches, string homeCountry, string reason)
        {
            Service = service;
            Consideration = consideration;
            Matches = matches;
            HomeCountry = homeCountry;
            Reason = reason;
        }

        /// <summary>The service the finding is about: a link, not a report column; piped on, the finding stands for it.</summary>
        public CloudService Service { get; }

        /// <summary>The catalog's legal point that applies: a link, not a report column.</summary>
        public LegalConsideration Consideration { get; }

        internal ValueList<TriggerMatch> Matches { get; }

        /// <summary>The service.</summary>
        [ReportColumn]
        public string ServiceName => Service.ServiceName;

        /// <summary>The legal point's ID.</summary>
        [ReportColumn]
        public string Id => Consideration.Id;

        /// <summary>The legal point's name.</summary>
        [ReportColumn]
        public string Name => Consideration.Name;

        /// <summary>
        /// Why it applies, in <see cref="Language"/>: each attribute that triggered it with every value
        /// that did, e.g. <c>DataLocation includes DE and IE</c> (Japanese: <c>DataLocation に DE・IE を含む</c>);
        /// <c>is</c> when those are all the service's values. The attributes keep their column names.
        /// </summary>
        [ReportColumn]
        public string Reason { get; }

        /// <summary>The attributes that triggered it, each once.</summary>
        [ReportColumn]
        public ValueList<string> TriggerAttributes => new ValueList<string>(Matches.Select(m => m.Attribute.ToString()));

        /// <summary>The service's values that triggered it, attribute by attribute in the order of <see cref="TriggerAttributes"/>: every foreign data location, not only the first.</summary>
        [ReportColumn]
        public ValueList<string> TriggerValues => new ValueList<string>(Matches.SelectMany(m => m.Values));

        /// <summary>The attributes and values as an inventory writes them, whatever the language: <c>ExportControlled=true &amp; DataLocation=DE;IE</c>.</summary>
        internal string Evidence => string.Join(" & ", Matches.Select(m => m.ToString()));

        /// <summary>The customer's home country "abroad" was judged against.</summary>
        [ReportColumn]
        public string HomeCountry { get; }

        /// <summary>The law as it stands: what changed since the source whose point <see cref="Description"/> gives. Before it, so that a reader meets today's law first.</summary>
        [ReportColumn]
        public string CurrentLaw => Consideration.CurrentLaw;

        /// <summary>What the point says, from the source: the historical basis of <see cref="CurrentLaw"/>.</summary>
        [ReportColumn]
        public string Description => Consideration.Description;

        /// <summary>When it applies, in words.</summary>
        [ReportColumn]
        public string Condition => Consideration.Condition;

        /// <summary>The source of the point.</summary>
        [ReportColumn]
        public string Source => Consideration.Source;

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language => Consideration.Language;

        /// <summary>The service's model, carried along.</summary>
        [ReportColumn]
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>The service's vendor, carried along.</summary>
        [ReportColumn]
        public string? Vendor => Service.Vendor;

        /// <summary>Where the service's data is, carried along.</summary>
        [ReportColumn]
        public ValueList<string> DataLocation => Service.DataLocation;

        /// <summary>The inventory's other columns, carried along in their original order.</summary>
        [ReportColumnPairs]
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalColumns => Service.AdditionalColumns;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}: {Id} ({Reason})";
    }
}
