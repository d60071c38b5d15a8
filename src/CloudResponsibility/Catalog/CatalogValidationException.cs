using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Catalog
{
    /// <summary>The catalog's data is inconsistent; <see cref="Problems"/> lists every problem found.</summary>
    public sealed class CatalogValidationException : Exception
    {
        /// <summary>Creates the exception from the problems found.</summary>
        public CatalogValidationException(IEnumerable<string> problems)
            : this(problems.ToArray())
        {
        }

        private CatalogValidationException(string[] problems)
            : base("The catalog is inconsistent:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
        {
            Problems = problems;
        }

        /// <summary>Each problem, naming file, row and column.</summary>
        public IReadOnlyList<string> Problems { get; }
    }
}
