using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>Columns asked for by name that the rows do not have: misspelt, or of another inventory.</summary>
    public sealed class UnknownColumnException : ArgumentException
    {
        /// <summary>Creates the exception.</summary>
        public UnknownColumnException(IReadOnlyList<string> unknown, IReadOnlyList<string> available)
            : base($"No column is named {string.Join(", ", Quoted(unknown))}. The columns are: {string.Join(", ", available)}.")
        {
            Unknown = unknown;
            Available = available;
        }

        /// <summary>The names that match no column.</summary>
        public IReadOnlyList<string> Unknown { get; }

        /// <summary>The columns there are.</summary>
        public IReadOnlyList<string> Available { get; }

        private static IEnumerable<string> Quoted(IReadOnlyList<string> names)
        {
            foreach (var name in names) yield return "'" + name + "'";
        }
    }
}
