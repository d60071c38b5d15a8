using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>Where a row is: the file, the spreadsheet row and the physical line, each if known.</summary>
    internal readonly struct RowLocation
    {
        public RowLocation(string? file, long? row, long? line)
        {
            File = file;
            Row = row;
            Line = line;
        }

        public string? File { get; }

        public long? Row { get; }

        public long? Line { get; }

        /// <summary>"Row 5 (line 7) of 'inventory.csv'", with the parts that are known; the line only when it differs from the row.</summary>
        public string Describe(Language language)
        {
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
