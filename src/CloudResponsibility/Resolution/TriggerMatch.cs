using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// An attribute whose conditions held, with every value of the service that made them hold:
    /// the reason a legal point applies. A service with data in DE and IE matches
    /// <c>DataLocation=abroad</c> by both countries, and both are named.
    /// </summary>
    public sealed class TriggerMatch
    {
        internal TriggerMatch(TriggerAttribute attribute, ValueList<string> values)
        {
            Attribute = attribute;
            Values = values;
        }

        /// <summary>The attribute read.</summary>
        public TriggerAttribute Attribute { get; }

        /// <summary>The service's values that made it hold: countries, or <c>true</c>.</summary>
        public ValueList<string> Values { get; }

        /// <summary>The attribute and its values as an inventory cell writes them, e.g. <c>DataLocation=DE;IE</c>.</summary>
        public override string ToString() => $"{Attribute}={Values}";
    }
}
