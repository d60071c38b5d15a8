using System.Collections.Generic;
using System.IO;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// A row given to a findings report (SARIF, JUnit, Markdown, HTML) is not a finding of
    /// Invoke-CloudAudit: it lacks a column every finding has, or a severity or status is not one
    /// the audit gives. Nothing is written; the destination is left as it was.
    /// </summary>
    public sealed class NotAFindingException : IOException
    {
        /// <summary>Creates the exception.</summary>
        public NotAFindingException(long row, string column, string? value, IReadOnlyList<string> expected)
            : base(value is null
                ? $"Not a findings report of Invoke-CloudAudit: row {row} has no {column}; every row needs {string.Join(", ", expected)}."
                : $"Not a findings report of Invoke-CloudAudit: row {row} has '{value}' as its {column}, which is none of {string.Join(", ", expected)}.")
        {
            Row = row;
            Column = column;
            Value = value;
            Expected = expected;
        }

        /// <summary>The row of the report, from 1: the position of the object among those piped in.</summary>
        public long Row { get; }

        /// <summary>The column at fault.</summary>
        public string Column { get; }

        /// <summary>The value the row has in <see cref="Column"/>; null when it has none.</summary>
        public string? Value { get; }

        /// <summary>The columns every row needs when <see cref="Value"/> is null; otherwise the values <see cref="Column"/> takes.</summary>
        public IReadOnlyList<string> Expected { get; }
    }
}
