using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Catalog
{
    /// <summary>One row of a catalog data file.</summary>
    public sealed class CatalogRecord
    {
        private readonly string[] values;

        internal CatalogRecord(CatalogTable table, int row, string[] values)
        {
            Table = table;
            Row = row;
            this.values = values;
        }

        /// <summary>The file the row is in.</summary>
        public CatalogTable Table { get; }

        /// <summary>The row number as a spreadsheet shows it (the header is row 1).</summary>
        public int Row { get; }

        /// <summary>The number of cells in the row.</summary>
        public int FieldCount => values.Length;

        /// <summary>The trimmed text of a cell; empty when the row is too short.</summary>
        public string this[string column]
        {
            get
            {
                var index = Table.IndexOf(column);
                return index < values.Length ? values[index].Trim() : string.Empty;
            }
        }

        /// <summary>The values of a list cell (<c>a;b;c</c>), empty entries dropped.</summary>
        public IReadOnlyList<string> List(string column) =>
            this[column].Split(';').Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();

        /// <summary>Where the row is, for messages: <c>threats.csv row 3</c>.</summary>
        public string Location => $"{Table.FileName} row {Row}";

        /// <summary>Where a cell is, for messages: <c>threats.csv row 3, column NameJa</c>.</summary>
        public string CellLocation(string column) => $"{Location}, column {column}";

        /// <inheritdoc />
        public override string ToString() => Location + ": " + string.Join(",", values);
    }
}
