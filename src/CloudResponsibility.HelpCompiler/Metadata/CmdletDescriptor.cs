using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.HelpCompiler.Metadata
{
    /// <summary>A cmdlet of the assembly, as reflection finds it: what help is checked against and generated from.</summary>
    public sealed class CmdletDescriptor
    {
        /// <summary>Creates a descriptor.</summary>
        public CmdletDescriptor(
            string verb, string noun, string? defaultParameterSetName,
            IReadOnlyList<CmdletParameter> parameters, IReadOnlyList<string> outputTypes)
        {
            Verb = verb;
            Noun = noun;
            DefaultParameterSetName = defaultParameterSetName;
            Parameters = parameters;
            OutputTypes = outputTypes;
        }

        /// <summary>Verb-Noun.</summary>
        public string Name => Verb + "-" + Noun;

        /// <summary>The verb.</summary>
        public string Verb { get; }

        /// <summary>The noun.</summary>
        public string Noun { get; }

        /// <summary>The default parameter set, when the cmdlet names one.</summary>
        public string? DefaultParameterSetName { get; }

        /// <summary>
        /// Its own parameters, sorted by name, plus the ones the engine adds for ShouldProcess and
        /// paging; never the common parameters (<c>-Verbose</c> …).
        /// </summary>
        public IReadOnlyList<CmdletParameter> Parameters { get; }

        /// <summary>The full type names of <c>[OutputType]</c>, in declaration order.</summary>
        public IReadOnlyList<string> OutputTypes { get; }

        /// <summary>The parameter with this name (case-insensitive, as the engine binds), or null.</summary>
        public CmdletParameter? Parameter(string name) =>
            Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The parameter sets, default first, then by name; a single <see cref="ParameterBinding.AllSets"/>
        /// when no parameter names a set.
        /// </summary>
        public IReadOnlyList<string> ParameterSets
        {
            get
            {
                var named = Parameters.SelectMany(p => p.Bindings).Select(b => b.SetName)
                    .Where(s => s != ParameterBinding.AllSets).Distinct(StringComparer.Ordinal)
                    .OrderBy(s => s == DefaultParameterSetName ? 0 : 1).ThenBy(s => s, StringComparer.Ordinal).ToList();
                return named.Count > 0 ? named : new List<string> { ParameterBinding.AllSets };
            }
        }
    }
}
