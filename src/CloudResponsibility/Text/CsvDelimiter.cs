using System;

namespace CloudResponsibility.Text
{
    /// <summary>The separators a CSV file can have, for reading and writing alike.</summary>
    internal static class CsvDelimiter
    {
        /// <summary>Throws for a separator that is not an ASCII character other than the quote and line breaks.</summary>
        public static void Validate(char delimiter, string parameterName)
        {
            if (delimiter > '\u007F' || delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '\0')
                throw new ArgumentException($"The delimiter must be an ASCII character other than the quote and line breaks, not U+{(int)delimiter:X4}.", parameterName);
        }
    }
}
