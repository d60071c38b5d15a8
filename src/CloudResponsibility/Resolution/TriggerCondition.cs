using System;
using System.Linq;
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
        }

        /// <summary>The attribute read.</summary>
        public TriggerAttribute Attribute { get; }

        /// <summary>The value as written in the trigger.</summary>
        public string Value { get; }

        /// <summary>
        /// Whether the condition holds for the service; <paramref name="actual"/> is the value that
        /// made it hold (a country code, or <c>true</c>), for the reason shown to the user.
        /// </summary>
        public bool Holds(CloudService service, string homeCountry, out string actual)
        {
            actual = string.Empty;
            switch (Attribute)
            {
                case TriggerAttribute.DataLocation:
                    var match = service.DataLocation.FirstOrDefault(code => CountryMatches(code, homeCountry));
                    if (match is null) return false;
                    actual = match;
                    return true;
                case TriggerAttribute.VendorCountry:
                    if (service.VendorCountry is null || !CountryMatches(service.VendorCountry, homeCountry)) return false;
                    actual = service.VendorCountry;
                    return true;
                default:
                    var flag = Flag(service);
                    if (flag != true) return false;
                    actual = "true";
                    return true;
            }
        }

        private bool CountryMatches(string code, string homeCountry)
        {
            if (string.Equals(Value, Abroad, StringComparison.OrdinalIgnoreCase))
                return !string.Equals(code, homeCountry, StringComparison.OrdinalIgnoreCase);
            if (Value.StartsWith("!", StringComparison.Ordinal))
                return !string.Equals(code, Value.Substring(1), StringComparison.OrdinalIgnoreCase);
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
