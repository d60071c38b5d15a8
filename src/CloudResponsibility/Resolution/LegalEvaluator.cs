using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// Finds the legal points a service triggers (CSO §5, updated for the law since: GDPR, the CLOUD Act, the 2020 medical guideline). "Abroad" is
    /// relative to the customer's home country, so a service whose data stays home triggers no point
    /// that reads <c>abroad</c>; a point of Japanese law reads <c>!JP</c> instead and judges against
    /// Japan whatever the home country.
    /// </summary>
    public sealed class LegalEvaluator
    {
        /// <summary>The home country when none is given: the sources are Japanese guidance.</summary>
        public const string DefaultHomeCountry = "JP";

        private readonly IReadOnlyList<(LegalConsideration Point, LegalTrigger Trigger)> points;

        /// <summary>Creates an evaluator over a catalog view and a home country (ISO 3166 alpha-2).</summary>
        public LegalEvaluator(CatalogView catalog, string homeCountry = DefaultHomeCountry)
        {
            if (string.IsNullOrWhiteSpace(homeCountry) || homeCountry.Trim().Length != 2)
                throw new ArgumentException($"'{homeCountry}' is not an ISO 3166 alpha-2 country code.", nameof(homeCountry));
            HomeCountry = homeCountry.Trim().ToUpperInvariant();
            points = catalog.LegalConsiderations.Select(p => (p, LegalTrigger.Parse(p.Trigger))).ToList();
        }

        /// <summary>The customer's home country.</summary>
        public string HomeCountry { get; }

        /// <summary>The points the service triggers, in catalog order.</summary>
        public IEnumerable<ServiceLegalFinding> Evaluate(CloudService service)
        {
            foreach (var (point, trigger) in points)
            {
                var matches = trigger.Evaluate(service, HomeCountry);
                if (matches is not null) yield return new ServiceLegalFinding(service, point, new ValueList<TriggerMatch>(matches), HomeCountry, LegalReason.Of(matches, service, point.Language));
            }
        }
    }
}
