namespace CloudResponsibility.HelpCompiler.Metadata
{
    /// <summary>How a parameter binds in one parameter set: one <c>[Parameter]</c> attribute.</summary>
    public sealed class ParameterBinding
    {
        /// <summary>The set name PowerShell uses for parameters that belong to every set.</summary>
        public const string AllSets = "__AllParameterSets";

        /// <summary>Creates a binding.</summary>
        public ParameterBinding(string setName, bool mandatory, int? position, bool byValue, bool byPropertyName)
        {
            SetName = setName;
            Mandatory = mandatory;
            Position = position;
            ByValue = byValue;
            ByPropertyName = byPropertyName;
        }

        /// <summary>The parameter set, or <see cref="AllSets"/>.</summary>
        public string SetName { get; }

        /// <summary>Whether the parameter is mandatory in this set.</summary>
        public bool Mandatory { get; }

        /// <summary>The position, or null when the parameter is named only.</summary>
        public int? Position { get; }

        /// <summary>Whether it takes pipeline input by value.</summary>
        public bool ByValue { get; }

        /// <summary>Whether it takes pipeline input by property name.</summary>
        public bool ByPropertyName { get; }

        /// <summary>Whether this binding applies to <paramref name="setName"/>.</summary>
        public bool AppliesTo(string setName) => SetName == AllSets || SetName == setName;
    }
}
