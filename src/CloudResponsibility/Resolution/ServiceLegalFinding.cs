using System.Linq;
using CloudResponsibility.Model;

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

        internal CloudService Service { get; }

        internal LegalConsideration Consideration { get; }

        internal ValueList<TriggerMatch> Matches { get; }

        /// <summary>The service.</summary>
        public string ServiceName => Service.ServiceName;

        /// <summary>The legal point's ID.</summary>
        public string Id => Consideration.Id;

        /// <summary>The legal point's name.</summary>
        public string Name => Consideration.Name;

        /// <summary>Why it applies: the attributes and the service's values that triggered it, e.g. <c>DataLocation=US</c>.</summary>
        public string Reason => string.Join(" & ", Matches.Select(m => m.ToString()));

        /// <summary>The attributes that triggered it.</summary>
        public ValueList<string> TriggerAttributes => new ValueList<string>(Matches.Select(m => m.Condition.Attribute.ToString()));

        /// <summary>The service's values that triggered it.</summary>
        public ValueList<string> TriggerValues => new ValueList<string>(Matches.Select(m => m.ActualValue));

        /// <summary>The customer's home country "abroad" was judged against.</summary>
        public string HomeCountry { get; }

        /// <summary>What the point says.</summary>
        public string Description => Consideration.Description;

        /// <summary>When it applies, in words.</summary>
        public string Condition => Consideration.Condition;

        /// <summary>What changed in the law since the source.</summary>
        public string CurrentLaw => Consideration.CurrentLaw;

        /// <summary>The source of the point.</summary>
        public string Source => Consideration.Source;

        /// <summary>The language of the text properties.</summary>
        public Language Language => Consideration.Language;

        /// <summary>The service's model, carried along.</summary>
        public ServiceModel ServiceModel => Service.ServiceModel;

        /// <summary>The service's vendor, carried along.</summary>
        public string? Vendor => Service.Vendor;

        /// <summary>Where the service's data is, carried along.</summary>
        public ValueList<string> DataLocation => Service.DataLocation;

        /// <summary>The inventory's other columns, carried along in their original order.</summary>
        public System.Collections.Generic.IReadOnlyList<System.Collections.Generic.KeyValuePair<string, string>> AdditionalColumns => Service.AdditionalColumns;

        /// <summary>The service this row is about, so the row can be piped on to another service cmdlet.</summary>
        public CloudService GetService() => Service;

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}: {Id} ({Reason})";
    }
}
