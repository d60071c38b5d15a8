using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Output;

namespace CloudResponsibility.Resolution
{
    /// <summary>A legal point a service triggers, with the reason: which attributes, which values.</summary>
    public sealed class ServiceLegalFinding
    {
        internal ServiceLegalFinding(CloudService service, LegalConsideration consideration, ValueList<TriggerMatch> matches, string homeCountry)
        {
            Service = service;
            Consideration = consideration;
            Matches = matches;
            HomeCountry = homeCountry;
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

        /// <summary>Why it applies: the attributes and the service's values that triggered it, e.g. <c>DataLocation=US</c>.</summary>
        [ReportColumn]
        public string Reason => Matches.Count == 1 ? Matches[0].ToString() : string.Join(" & ", Matches.Select(m => m.ToString()));

        /// <summary>The attributes that triggered it.</summary>
        [ReportColumn]
        public ValueList<string> TriggerAttributes => new ValueList<string>(Matches.Select(m => m.Condition.Attribute.ToString()));

        /// <summary>The service's values that triggered it.</summary>
        [ReportColumn]
        public ValueList<string> TriggerValues => new ValueList<string>(Matches.Select(m => m.ActualValue));

        /// <summary>The customer's home country "abroad" was judged against.</summary>
        [ReportColumn]
        public string HomeCountry { get; }

        /// <summary>What the point says.</summary>
        [ReportColumn]
        public string Description => Consideration.Description;

        /// <summary>When it applies, in words.</summary>
        [ReportColumn]
        public string Condition => Consideration.Condition;

        /// <summary>What changed in the law since the source.</summary>
        [ReportColumn]
        public string CurrentLaw => Consideration.CurrentLaw;

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
