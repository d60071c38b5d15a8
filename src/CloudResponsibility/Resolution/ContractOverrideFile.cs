using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// Reads a CSV of contract overrides — a row per (service, layer) whose owner the contract sets,
    /// with the clause that says so (MIC-GL3 I.6: the split is agreed per service). Columns, by
    /// English or Japanese header: ServiceName (サービス名), Layer (レイヤ, レイヤー, 層), Owner
    /// (責任主体, 管理主体, 担当), Clause (条項, 契約条項, 根拠; optional). Encoding as for inventories:
    /// UTF-8 with or without BOM, UTF-16 with BOM, or Shift_JIS, detected.
    /// </summary>
    public static class ContractOverrideFile
    {
        private static readonly string[] LayerNames = { "Layer", "レイヤ", "レイヤー", "層" };
        private static readonly string[] OwnerNames = { "Owner", "責任主体", "管理主体", "担当" };
        private static readonly string[] ClauseNames = { "Clause", "条項", "契約条項", "根拠" };

        /// <summary>The overrides of the file, and an error per row (or header) that could not be read, in <paramref name="language"/>.</summary>
        public static (OverrideSet Overrides, IReadOnlyList<InventoryError> Errors) Read(string path, Language language = Language.En)
        {
            using var table = TableReader.Open(path, TableReaderOptions.Default with { Language = language });
            return Parse(table, Path.GetFileName(path), language);
        }

        /// <summary>Reads overrides from CSV text; <paramref name="file"/> names it in errors, which are in <paramref name="language"/>.</summary>
        public static (OverrideSet Overrides, IReadOnlyList<InventoryError> Errors) Parse(string text, string file, Language language = Language.En)
        {
            using var table = TableReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), file, TableReaderOptions.Default with { Language = language }, leaveOpen: false);
            return Parse(table, file, language);
        }

        /// <summary>
        /// Reads the rows through the reading layer every table shares, so that a bad quote, an
        /// oversized cell or bytes of the wrong encoding cost their own row and never the rows after.
        /// A second row for a service's layer that says something else is an error; the first stays.
        /// </summary>
        private static (OverrideSet Overrides, IReadOnlyList<InventoryError> Errors) Parse(TableReader table, string file, Language language)
        {
            var overrides = new OverrideSet();
            var errors = new List<InventoryError>();
            var firstRows = new Dictionary<(string, Layer), (long Row, ContractOverride Override)>();
            int serviceColumn = -1, layerColumn = -1, ownerColumn = -1, clauseColumn = -1;
            string[] headers = Array.Empty<string>();
            while (table.Read())
            {
                switch (table.Kind)
                {
                    case TableRowKind.BadHeader:
                    case TableRowKind.BadRow:
                        errors.Add(table.Error!);
                        continue;
                    case TableRowKind.Header:
                        headers = table.Headers.ToArray();
                        int Find(IEnumerable<string> names) => Array.FindIndex(headers, h => names.Any(n => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase)));
                        serviceColumn = Array.FindIndex(headers, h => InventoryColumnNames.TryGetColumn(h, out var column) && column == InventoryColumn.ServiceName);
                        layerColumn = Find(LayerNames);
                        ownerColumn = Find(OwnerNames);
                        clauseColumn = Find(ClauseNames);
                        foreach (var (index, name) in new[] { (serviceColumn, "ServiceName"), (layerColumn, "Layer"), (ownerColumn, "Owner") })
                            if (index < 0) errors.Add(new InventoryError(InventoryErrorId.MissingRequiredColumn, Messages.Format(language, MessageKey.OverrideFileMissingColumn, file, name), file, table.Location.Row, column: name));
                        if (errors.Count > 0)
                        {
                            table.End();
                            return (overrides, errors);
                        }
                        continue;
                }
                var row = table.Location.Row!.Value;
                var at = table.Location.Describe(language);
                var values = table.Values;
                string Cell(int index) => index >= 0 && index < values.Count ? (values[index] ?? string.Empty).Trim() : string.Empty;
                var service = Cell(serviceColumn);
                var layerText = Cell(layerColumn);
                var ownerText = Cell(ownerColumn);
                if (service.Length == 0)
                    errors.Add(new InventoryError(InventoryErrorId.MissingRequiredValue, Messages.Format(language, MessageKey.OverrideFileEmptyServiceName, at, headers[serviceColumn]), file, row, column: headers[serviceColumn], value: string.Empty));
                else if (!LayerParser.TryParse(layerText, out var layer))
                    errors.Add(new InventoryError(InventoryErrorId.InvalidContractOverride, Messages.Format(language, MessageKey.OverrideFileUnknownLayer, at, headers[layerColumn], layerText, string.Join(", ", Enum.GetNames(typeof(Layer)))), file, row, column: headers[layerColumn], value: layerText));
                else if (!OwnerParser.TryParse(ownerText, out var owner))
                    errors.Add(new InventoryError(InventoryErrorId.InvalidContractOverride, Messages.Format(language, MessageKey.OverrideFileUnknownOwner, at, headers[ownerColumn], ownerText), file, row, column: headers[ownerColumn], value: ownerText));
                else
                {
                    var contractOverride = new ContractOverride(layer, owner, Cell(clauseColumn));
                    var key = (OverrideSet.KeyOf(service).ToUpperInvariant(), layer); // as the set compares names: ignoring case
                    if (firstRows.TryGetValue(key, out var first))
                    {
                        if (first.Override.Owner != owner || first.Override.Clause != contractOverride.Clause)
                            errors.Add(new InventoryError(InventoryErrorId.InvalidContractOverride, Messages.Format(language, MessageKey.OverrideFileConflict, at, service, layer, first.Row), file, row, column: headers[layerColumn], value: layerText));
                        continue;
                    }
                    firstRows[key] = (row, contractOverride);
                    overrides.Add(service, contractOverride, file, row);
                }
            }
            if (headers.Length == 0 && errors.Count == 0)
            {
                // No header at all (an empty file): as for a header without the columns.
                foreach (var name in new[] { "ServiceName", "Layer", "Owner" })
                    errors.Add(new InventoryError(InventoryErrorId.MissingRequiredColumn, Messages.Format(language, MessageKey.OverrideFileMissingColumn, file, name), file, 1, column: name));
            }
            return (overrides, errors);
        }
    }
}
