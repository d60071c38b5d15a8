using System.Text;

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
        public string Describe()
        {
            var text = new StringBuilder();
            if (Row is long row)
            {
                text.Append("Row ").Append(row);
                if (Line is long line && line != row) text.Append(" (line ").Append(line).Append(')');
                if (File is not null) text.Append(" of '").Append(File).Append('\'');
            }
            else if (File is not null) text.Append('\'').Append(File).Append('\'');
            else text.Append("The inventory");
            return text.ToString();
        }
    }
}
