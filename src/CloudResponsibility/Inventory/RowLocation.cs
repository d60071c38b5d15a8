using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Where a row is: the file, the spreadsheet row and the physical line, each if known; or, for
    /// an object piped in rather than read from a file, its position among the objects.
    /// </summary>
    internal readonly struct RowLocation
    {
        public RowLocation(string? file, long? row, long? line)
        {
            File = file;
            Row = row;
            Line = line;
            InputPosition = null;
        }

        private RowLocation(long inputPosition)
        {
            File = null;
            Row = null;
            Line = null;
            InputPosition = inputPosition;
        }

        /// <summary>
        /// The place of the <paramref name="position"/>th object piped in (from 1): a pipeline has no
        /// file row to name, since Import-Csv skips blank lines and joins a multi-line cell's lines.
        /// </summary>
        public static RowLocation OfInputObject(long position) => new RowLocation(position);

        public string? File { get; }

        public long? Row { get; }

        public long? Line { get; }

        /// <summary>The position of a piped object, from 1; null for a row of a file.</summary>
        public long? InputPosition { get; }

        /// <summary>"Row 5 (line 7) of 'inventory.csv'", with the parts that are known; the line only when it differs from the row. "Input object 3" for a piped object.</summary>
        public string Describe(Language language)
        {
            if (InputPosition is long position) return Messages.Format(language, MessageKey.LocationInputObject, position);
            if (Row is not long row) return File is null ? Messages.Format(language, MessageKey.LocationNone) : Messages.Format(language, MessageKey.LocationFile, File);
            var line = Line is long physical && physical != row ? physical : (long?)null;
            return (line, File) switch
            {
                (long l, string file) => Messages.Format(language, MessageKey.LocationRowLineFile, row, l, file),
                (null, string file) => Messages.Format(language, MessageKey.LocationRowFile, row, file),
                (long l, null) => Messages.Format(language, MessageKey.LocationRowLine, row, l),
                _ => Messages.Format(language, MessageKey.LocationRow, row),
            };
        }
    }
}
