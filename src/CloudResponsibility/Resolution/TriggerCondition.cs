using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// One condition of a legal trigger, <c>Attribute=Value</c>: a country code, <c>!code</c>
    /// (anywhere but there), <c>abroad</c> (outside the customer's home country) or <c>true</c>.
    /// </summary>
    public sealed class TriggerCondition
    {
        /// <summary>The value that means "outside the customer's home country".</summary>
        public const string Abroad = "abroad";

        internal TriggerCondition(TriggerAttribute attribute, string value)
        {
            Attribute = attribute;
            Value = value;
            isAbroad = string.Equals(value, Abroad, StringComparison.OrdinalIgnoreCase);
            excludedCountry = value.StartsWith("!", StringComparison.Ordinal) ? value.Substring(1) : null;
        }

        // The value's form, read once: a condition is judged for every service of an inventory.
        private readonly bool isAbroad;
        private readonly string? excludedCountry;

        /// <summary>The attribute read.</summary>
        public TriggerAttribute Attribute { get; }

        /// <summary>The value as written in the trigger.</summary>
        public string Value { get; }

        /// <summary>Whether the condition holds for the service.</summary>
        public bool Holds(CloudService service, string homeCountry)
        {
            switch (Attribute)
            {
                case TriggerAttribute.DataLocation:
                    foreach (var code in service.DataLocation)
                        if (CountryMatches(code, homeCountry)) return true;
                    return false;
                case TriggerAttribute.VendorCountry:
                    return service.VendorCountry is not null && CountryMatches(service.VendorCountry, homeCountry);
                default:
                    return Flag(service) == true;
            }
        }

        /// <summary>
        /// Every value of the service that makes the condition hold, in the service's order: each
        /// data location that matches (not only the first: a law reaches every country it names),
        /// the vendor's country, or <c>true</c>; empty when the condition does not hold.
        /// </summary>
        public IReadOnlyList<string> MatchingValues(CloudService service, string homeCountry)
        {
            switch (Attribute)
            {
                case TriggerAttribute.DataLocation:
                    List<string>? codes = null;
                    foreach (var code in service.DataLocation)
                        if (CountryMatches(code, homeCountry)) (codes ??= new List<string>(service.DataLocation.Count)).Add(code);
                    return codes ?? (IReadOnlyList<string>)Array.Empty<string>();
                default:
                    if (!Holds(service, homeCountry)) return Array.Empty<string>();
                    return new[] { Attribute == TriggerAttribute.VendorCountry ? service.VendorCountry! : "true" };
            }
        }

        private bool CountryMatches(string code, string homeCountry)
        {
            if (isAbroad) return !string.Equals(code, homeCountry, StringComparison.OrdinalIgnoreCase);
            if (excludedCountry is not null) return !string.Equals(code, excludedCountry, StringComparison.OrdinalIgnoreCase);
            return string.Equals(code, Value, StringComparison.OrdinalIgnoreCase);
        }

        private bool? Flag(CloudService service) => Attribute switch
        {
            TriggerAttribute.PersonalData => service.PersonalData,
            TriggerAttribute.EuPersonalData => service.EuPersonalData,
            TriggerAttribute.MedicalData => service.MedicalData,
            TriggerAttribute.ExportControlled => service.ExportControlled,
            _ => null,
        };

        /// <inheritdoc />
        public override string ToString() => $"{Attribute}={Value}";
    }
}
