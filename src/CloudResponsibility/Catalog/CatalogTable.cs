using System;
using System.Collections.Generic;
using System.Text;
using CsvHelper;

namespace CloudResponsibility.Catalog
{
    /// <summary>One data file of the catalog, parsed: its header and its rows of text.</summary>
    public sealed class CatalogTable
    {
        private readonly Dictionary<string, int> columnIndex;

        private CatalogTable(string fileName, IReadOnlyList<string> columns, IReadOnlyList<CatalogRecord> records)
        {
            FileName = fileName;
            Columns = columns;
            Records = records;
            columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++) columnIndex[columns[i]] = i;
        }

        /// <summary>The file's name, e.g. <c>threats.csv</c>.</summary>
        public string FileName { get; }

        /// <summary>The header, in file order.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The data rows.</summary>
        public IReadOnlyList<CatalogRecord> Records { get; }

        /// <summary>Whether the table has the column.</summary>
        public bool HasColumn(string column) => columnIndex.ContainsKey(column);

        internal int IndexOf(string column) =>
            columnIndex.TryGetValue(column, out var index)
                ? index
                : throw new KeyNotFoundException($"{FileName} has no column '{column}'.");

        /// <summary>Parses CSV text (RFC 4180, a header row first).</summary>
        /// <exception cref="CatalogValidationException">Quoting the reader cannot make sense of, with the file and row.</exception>
        public static CatalogTable Parse(string fileName, string text)
        {
            // Malformed quoting is an error in data the module ships, not something to read past.
            // The inventory reader detects it too, so both share one compiled scanner (CsvHelper
            // compiles one per set of options, optimised, when a process first reads with it).
            var options = CsvReaderOptions.Default with { Separator = ',', HasHeader = true, AllowLineBreaksInQuotes = true, MalformedData = CsvMalformedDataHandling.Throw };
            try
            {
                using var reader = CsvReader.FromText(text, options);
                var columns = new List<string>(reader.Headers);
                var records = new List<CatalogRecord>();
                var tableRef = new CatalogTable(fileName, columns, records);
                while (reader.Read())
                {
                    var values = new string[reader.FieldCount];
                    for (var i = 0; i < values.Length; i++) values[i] = reader.GetString(i) ?? string.Empty;
                    // Row numbers as a spreadsheet shows them: the header is row 1.
                    records.Add(new CatalogRecord(tableRef, checked((int)reader.RowNumber + 1), values));
                }
                return tableRef;
            }
            catch (CsvFormatException exception)
            {
                throw new CatalogValidationException(new[] { $"{fileName}: row {exception.RecordNumber}: {exception.Message}" });
            }
        }

        /// <summary>Parses UTF-8 bytes (a BOM is allowed).</summary>
        public static CatalogTable Parse(string fileName, byte[] utf8) =>
            Parse(fileName, new UTF8Encoding(false, true).GetString(utf8).TrimStart('\uFEFF'));
    }
}
