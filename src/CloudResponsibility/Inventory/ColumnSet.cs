using System;
using System.Collections.Generic;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The columns one kind of table interprets (an inventory's, a questionnaire's), each by its
    /// index — the value of the kind's column enum — and named by headers, the English name first,
    /// then the Japanese ones. A header matches as <see cref="AliasTable{T}"/> matches: ignoring
    /// case, surrounding whitespace, full-width forms, and spaces, hyphens and underscores inside.
    /// Headers the tool writes itself and takes from elsewhere when it reads them back (a
    /// questionnaire's question text, from the catalog) may be listed as ignored: neither
    /// interpreted nor kept. Built once, then only read, so one set serves every reader at once.
    /// </summary>
    internal sealed class ColumnSet
    {
        private readonly string[][] names;
        private readonly bool[] required;
        private readonly AliasTable<int> columns = new AliasTable<int>();
        private readonly AliasTable<bool> ignored = new AliasTable<bool>();

        /// <param name="names">Per column, in the order of its enum, the headers that name it, the English name first.</param>
        /// <param name="required">The columns a table must have.</param>
        /// <param name="ignoredHeaders">Headers that are neither interpreted nor kept.</param>
        public ColumnSet(string[][] names, IEnumerable<int> required, IEnumerable<string>? ignoredHeaders = null)
        {
            this.names = names;
            this.required = new bool[names.Length];
            foreach (var column in required) this.required[column] = true;
            for (var i = 0; i < names.Length; i++) columns.Add(i, names[i]);
            foreach (var header in ignoredHeaders ?? Array.Empty<string>()) ignored.Add(true, header);
        }

        /// <summary>The number of columns.</summary>
        public int Count => names.Length;

        /// <summary>The headers that name a column: its English name first, then the Japanese ones.</summary>
        public IReadOnlyList<string> NamesOf(int column)
        {
            if (column < 0 || column >= names.Length) throw new ArgumentOutOfRangeException(nameof(column));
            return Array.AsReadOnly(names[column]);
        }

        /// <summary>The column's English name, which is also the property a row of it becomes.</summary>
        public string NameOf(int column) => NamesOf(column)[0];

        /// <summary>Whether a table must have the column.</summary>
        public bool IsRequired(int column) => required[column];

        /// <summary>The column a header names; false for a header the set does not interpret.</summary>
        public bool TryGetColumn(string? header, out int column)
        {
            column = -1;
            return header is not null && columns.TryGet(header, out column);
        }

        /// <summary>Whether a header is one the tool writes and does not read back.</summary>
        public bool IsIgnored(string header) => ignored.TryGet(header, out _);

        /// <summary>The headers that name a column, quoted, for messages: <c>'ServiceName' / 'サービス名'</c>.</summary>
        public string Describe(int column)
        {
            var quoted = new List<string>();
            foreach (var name in NamesOf(column)) quoted.Add($"'{name}'");
            return string.Join(" / ", quoted);
        }
    }
}
