using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.HelpCompiler.Metadata
{
    /// <summary>
    /// A parameter of a cmdlet as the engine binds it: its type, aliases, wildcard support, the
    /// values it accepts and one binding per parameter set it belongs to.
    /// </summary>
    public sealed class CmdletParameter
    {
        /// <summary>Creates a parameter.</summary>
        public CmdletParameter(
            string name, Type type, IReadOnlyList<string> aliases, bool supportsWildcards,
            IReadOnlyList<string> acceptedValues, IReadOnlyList<ParameterBinding> bindings)
        {
            Name = name;
            Type = type;
            Aliases = aliases;
            SupportsWildcards = supportsWildcards;
            AcceptedValues = acceptedValues;
            Bindings = bindings;
        }

        /// <summary>The name, without the dash.</summary>
        public string Name { get; }

        /// <summary>The declared type (nullable types included).</summary>
        public Type Type { get; }

        /// <summary>The aliases, in declaration order.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Whether it carries <c>[SupportsWildcards]</c>.</summary>
        public bool SupportsWildcards { get; }

        /// <summary>The values it accepts: a <c>[ValidateSet]</c>, or the names of its enum type; empty when open.</summary>
        public IReadOnlyList<string> AcceptedValues { get; }

        /// <summary>One binding per <c>[Parameter]</c> attribute.</summary>
        public IReadOnlyList<ParameterBinding> Bindings { get; }

        /// <summary>Whether it is a switch.</summary>
        public bool IsSwitch => Type.FullName == "System.Management.Automation.SwitchParameter";

        /// <summary>Whether it takes several values.</summary>
        public bool IsArray => Type.IsArray;

        /// <summary>The binding in <paramref name="setName"/>, or null when the parameter is not in that set.</summary>
        public ParameterBinding? BindingIn(string setName) => Bindings.FirstOrDefault(b => b.AppliesTo(setName));

        /// <summary>Mandatory in every set it belongs to.</summary>
        public bool AlwaysMandatory => Bindings.All(b => b.Mandatory);

        /// <summary>The position when it is the same in every set; null otherwise or when named.</summary>
        public int? CommonPosition => Bindings.Select(b => b.Position).Distinct().Count() == 1 ? Bindings[0].Position : null;

        /// <summary>Takes pipeline input by value in some set.</summary>
        public bool AnyByValue => Bindings.Any(b => b.ByValue);

        /// <summary>Takes pipeline input by property name in some set.</summary>
        public bool AnyByPropertyName => Bindings.Any(b => b.ByPropertyName);
    }
}
