using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// The machine-readable condition of a legal point: alternatives separated by <c>|</c>, each a
    /// set of conditions separated by <c>&amp;</c> that must all hold. Data, so that the catalog — not
    /// code — says which attributes trigger which law.
    /// </summary>
    public sealed class LegalTrigger
    {
        private LegalTrigger(string text, IReadOnlyList<IReadOnlyList<TriggerCondition>> alternatives)
        {
            Text = text;
            Alternatives = alternatives;
        }

        /// <summary>The trigger as written.</summary>
        public string Text { get; }

        /// <summary>The alternatives; any one of them holding triggers the point.</summary>
        public IReadOnlyList<IReadOnlyList<TriggerCondition>> Alternatives { get; }

        /// <summary>The attributes read, each once, in order of appearance.</summary>
        public IEnumerable<TriggerAttribute> Attributes =>
            Alternatives.SelectMany(a => a).Select(c => c.Attribute).Distinct();

        /// <summary>Parses a trigger; on failure <paramref name="error"/> says what is wrong.</summary>
        public static bool TryParse(string text, out LegalTrigger? trigger, out string error)
        {
            trigger = null;
            error = string.Empty;
            var alternatives = new List<IReadOnlyList<TriggerCondition>>();
            foreach (var alternative in text.Split('|'))
            {
                var conditions = new List<TriggerCondition>();
                foreach (var part in alternative.Split('&'))
                {
                    var condition = part.Trim();
                    var equals = condition.IndexOf('=');
                    if (equals <= 0 || equals == condition.Length - 1)
                    {
                        error = $"'{condition}' is not of the form Attribute=Value.";
                        return false;
                    }
                    var name = condition.Substring(0, equals).Trim();
                    var value = condition.Substring(equals + 1).Trim();
                    if (!Enum.TryParse(name, ignoreCase: false, out TriggerAttribute attribute) || !Enum.IsDefined(typeof(TriggerAttribute), attribute))
                    {
                        error = $"'{name}' is not an attribute a trigger can read ({string.Join(", ", Enum.GetNames(typeof(TriggerAttribute)))}).";
                        return false;
                    }
                    if (!IsValidValue(attribute, value))
                    {
                        error = $"'{value}' is not a valid value for {attribute}.";
                        return false;
                    }
                    conditions.Add(new TriggerCondition(attribute, value));
                }
                alternatives.Add(conditions);
            }
            trigger = new LegalTrigger(text.Trim(), alternatives);
            return true;
        }

        /// <summary>Parses a trigger that is known to be valid (the catalog validated it on load).</summary>
        public static LegalTrigger Parse(string text) =>
            TryParse(text, out var trigger, out var error) ? trigger! : throw new FormatException(error);

        /// <summary>
        /// Every alternative that holds for the service, their conditions merged by attribute with
        /// every value that made one hold, attributes in order of appearance; null when none holds.
        /// Not only the first: <c>DataLocation=US | VendorCountry=US</c> for a US vendor with data in
        /// the US names both reasons, which a contract must each answer.
        /// </summary>
        public IReadOnlyList<TriggerMatch>? Evaluate(CloudService service, string homeCountry)
        {
            List<(TriggerAttribute Attribute, List<string> Values)>? merged = null;
            foreach (var alternative in Alternatives)
            {
                // Most services trigger few points: nothing is allocated for an alternative that fails.
                if (!AllHold(alternative, service, homeCountry)) continue;
                merged ??= new List<(TriggerAttribute, List<string>)>(alternative.Count);
                foreach (var condition in alternative)
                {
                    var values = Find(merged, condition.Attribute);
                    if (values is null) merged.Add((condition.Attribute, values = new List<string>(1)));
                    foreach (var value in condition.MatchingValues(service, homeCountry))
                        if (!values.Contains(value)) values.Add(value);
                }
            }
            if (merged is null) return null;
            var matches = new TriggerMatch[merged.Count];
            for (var i = 0; i < matches.Length; i++) matches[i] = new TriggerMatch(merged[i].Attribute, new ValueList<string>(merged[i].Values));
            return matches;
        }

        private static List<string>? Find(List<(TriggerAttribute Attribute, List<string> Values)> merged, TriggerAttribute attribute)
        {
            foreach (var (known, values) in merged)
                if (known == attribute) return values;
            return null;
        }

        private static bool AllHold(IReadOnlyList<TriggerCondition> conditions, CloudService service, string homeCountry)
        {
            foreach (var condition in conditions)
                if (!condition.Holds(service, homeCountry)) return false;
            return true;
        }

        private static bool IsValidValue(TriggerAttribute attribute, string value)
        {
            switch (attribute)
            {
                case TriggerAttribute.DataLocation:
                case TriggerAttribute.VendorCountry:
                    if (string.Equals(value, TriggerCondition.Abroad, StringComparison.Ordinal)) return true;
                    var code = value.StartsWith("!", StringComparison.Ordinal) ? value.Substring(1) : value;
                    return code.Length == 2 && code.All(c => c >= 'A' && c <= 'Z');
                default:
                    return value == "true";
            }
        }

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
