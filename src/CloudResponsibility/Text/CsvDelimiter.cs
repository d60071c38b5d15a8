using System;
using System.IO;

namespace CloudResponsibility.Text
{
    /// <summary>The separators a CSV file can have, for reading and writing alike.</summary>
    internal static class CsvDelimiter
    {
        /// <summary>The separator of a file whose name does not say otherwise.</summary>
        public const char Default = ',';

        /// <summary>Throws for a separator that is not an ASCII character other than the quote and line breaks.</summary>
        public static void Validate(char delimiter, string parameterName)
        {
            if (delimiter > '\u007F' || delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '\0')
                throw new ArgumentException($"The delimiter must be an ASCII character other than the quote and line breaks, not U+{(int)delimiter:X4}.", parameterName);
        }

        /// <summary>
        /// The separator of a file when none is chosen: tab for a name that ends in .tsv (what the
        /// extension says, and what Excel's "Text (Tab delimited)" holds), else a comma.
        /// </summary>
        public static char ForFile(string? path) =>
            path is not null && string.Equals(Path.GetExtension(path), ".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : Default;
    }
}
