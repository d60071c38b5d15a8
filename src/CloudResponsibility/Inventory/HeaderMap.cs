using System;
using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// What the header of one table says under a <see cref="ColumnSet"/>: which position holds each
    /// column the tool interprets, which positions are other columns (kept as they are, in file
    /// order, under their header text), and the header's problems — a required column missing, a
    /// column named twice. Rows of the table are then read by position.
    /// </summary>
    internal sealed class HeaderMap
    {
        private readonly int[] columnIndex;
        private readonly int[] additionalIndex;

        public HeaderMap(IReadOnlyList<string?> headers, ColumnSet columns, RowLocation at, Language language)
        {
            if (headers is null) throw new ArgumentNullException(nameof(headers));
            Headers = new string[headers.Count];
            columnIndex = new int[columns.Count];
            for (var i = 0; i < columnIndex.Length; i++) columnIndex[i] = -1;
            var errors = new List<InventoryError>();
            var additional = new List<int>();
            for (var i = 0; i < headers.Count; i++)
            {
                var header = headers[i] ?? string.Empty;
                Headers[i] = header;
                if (columns.TryGetColumn(header, out var column))
                {
                    var earlier = columnIndex[column];
                    if (earlier < 0) columnIndex[column] = i;
                    else errors.Add(InventoryErrors.DuplicateColumn(language, at, columns.NameOf(column), Headers[earlier], header));
                }
                else if (!columns.IsIgnored(header)) additional.Add(i);
            }
            for (var column = 0; column < columns.Count; column++)
                if (columns.IsRequired(column) && columnIndex[column] < 0) errors.Add(InventoryErrors.MissingRequiredColumn(language, at, columns.NameOf(column), columns.Describe(column)));
            additionalIndex = additional.ToArray();
            Errors = errors.AsReadOnly();
        }

        /// <summary>The headers, as written.</summary>
        public string[] Headers { get; }

        /// <summary>The problems of the header; while there are any, no row can be read.</summary>
        public IReadOnlyList<InventoryError> Errors { get; }

        /// <summary>The position of a column, or -1 when the header has none.</summary>
        public int IndexOf(int column) => columnIndex[column];

        /// <summary>A row's value of a column: null when the header or the row has none.</summary>
        public string? Value(IReadOnlyList<string?> values, int column)
        {
            var index = columnIndex[column];
            return index < 0 || index >= values.Count ? null : values[index];
        }

        /// <summary>The header of a column the header has, as written.</summary>
        public string Header(int column) => Headers[columnIndex[column]];

        /// <summary>
        /// A row's other columns, in file order under their header text (a column without a header
        /// under ""); null when the table has none. Every row keeps every such column, so that the
        /// rows of one file have the same columns and a report writes them back as read.
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, string>>? AdditionalColumns(IReadOnlyList<string?> values)
        {
            if (additionalIndex.Length == 0) return null;
            var pairs = new KeyValuePair<string, string>[additionalIndex.Length];
            for (var i = 0; i < pairs.Length; i++)
            {
                var index = additionalIndex[i];
                pairs[i] = new KeyValuePair<string, string>(Headers[index], index < values.Count ? values[index] ?? string.Empty : string.Empty);
            }
            return InventoryColumns.Own(pairs);
        }
    }
}
