using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CloudResponsibility.Catalog;

namespace CloudResponsibility.Tests.Catalog
{
    /// <summary>
    /// The shipped catalog's data with some cells changed, for tests of the validator's rules: each
    /// test breaks one thing in otherwise valid data and sees the validator name it.
    /// </summary>
    internal sealed class EditedCatalogData
    {
        private readonly Dictionary<string, (IReadOnlyList<string> Columns, List<string[]> Rows)> files;

        private EditedCatalogData(Dictionary<string, (IReadOnlyList<string> Columns, List<string[]> Rows)> files)
        {
            this.files = files;
        }

        /// <summary>A copy of the data embedded in the library.</summary>
        public static EditedCatalogData FromShipped() =>
            new EditedCatalogData(CatalogData.ReadEmbedded().Tables.ToDictionary(
                t => t.Key,
                t => (t.Value.Columns, t.Value.Records.Select(r => t.Value.Columns.Select(c => r[c]).ToArray()).ToList())));

        /// <summary>
        /// Sets a cell of the row whose key is <paramref name="key"/>: its Id, <c>Model.Layer</c>
        /// in the matrix, the service model in the questionnaire's exclusions, <c>Item&gt;Control</c>
        /// in the CCM crosswalk.
        /// </summary>
        public EditedCatalogData Set(string file, string key, string column, string value)
        {
            var (columns, rows) = files[file];
            var row = rows.Single(r => Key(file, columns, r) == key);
            row[IndexOf(columns, column)] = value;
            return this;
        }

        /// <summary>Removes the row whose key is <paramref name="key"/>.</summary>
        public EditedCatalogData Remove(string file, string key)
        {
            var (columns, rows) = files[file];
            rows.Remove(rows.Single(r => Key(file, columns, r) == key));
            return this;
        }

        /// <summary>The value of a cell, to build an edit from it.</summary>
        public string Get(string file, string key, string column)
        {
            var (columns, rows) = files[file];
            return rows.Single(r => Key(file, columns, r) == key)[IndexOf(columns, column)];
        }

        /// <summary>The problems the validator finds in the edited data.</summary>
        public IReadOnlyList<string> Validate() => CatalogValidator.Validate(ToData());

        /// <summary>The edited data, parsed as the loader parses files.</summary>
        public CatalogData ToData() =>
            new CatalogData(files.ToDictionary(f => f.Key, f => CatalogTable.Parse(f.Key, ToCsv(f.Value.Columns, f.Value.Rows))));

        private static string Key(string file, IReadOnlyList<string> columns, string[] row) =>
            file == CatalogFiles.Matrix
                ? row[IndexOf(columns, "ServiceModel")] + "." + row[IndexOf(columns, "Layer")]
                : file == CatalogFiles.QuestionnaireExclusions
                    ? row[IndexOf(columns, "ServiceModel")]
                    : file == CatalogFiles.CcmCrosswalk
                        ? row[IndexOf(columns, "Item")] + ">" + row[IndexOf(columns, "Control")]
                        : row[IndexOf(columns, columns.Contains("Id") ? "Id" : "Key")];

        private static int IndexOf(IReadOnlyList<string> columns, string column)
        {
            for (var i = 0; i < columns.Count; i++)
                if (columns[i] == column) return i;
            throw new ArgumentException($"No column '{column}'.", nameof(column));
        }

        private static string ToCsv(IReadOnlyList<string> columns, IEnumerable<string[]> rows)
        {
            var text = new StringBuilder();
            foreach (var cells in new[] { columns.ToArray() }.Concat(rows))
                text.Append(string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\""))).Append("\r\n");
            return text.ToString();
        }
    }
}
