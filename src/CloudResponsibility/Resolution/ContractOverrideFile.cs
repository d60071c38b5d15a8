using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;
using CsvHelper;

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
            var bytes = File.ReadAllBytes(path);
            var encoding = EncodingDetector.Detect(bytes, out var bom);
            var text = encoding.GetString(bytes, bom, bytes.Length - bom);
            return Parse(text, Path.GetFileName(path), language);
        }

        /// <summary>Reads overrides from CSV text; <paramref name="file"/> names it in errors, which are in <paramref name="language"/>.</summary>
        public static (OverrideSet Overrides, IReadOnlyList<InventoryError> Errors) Parse(string text, string file, Language language = Language.En)
        {
            var overrides = new OverrideSet();
            var errors = new List<InventoryError>();
            using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { AllowLineBreaksInQuotes = true, SkipEmptyLines = true });
            var headers = reader.Headers.ToArray();
            int Find(IEnumerable<string> names) => Array.FindIndex(headers, h => names.Any(n => string.Equals(h.Trim(), n, StringComparison.OrdinalIgnoreCase)));
            var serviceColumn = Array.FindIndex(headers, h => InventoryColumnNames.TryGetColumn(h, out var column) && column == InventoryColumn.ServiceName);
            var layerColumn = Find(LayerNames);
            var ownerColumn = Find(OwnerNames);
            var clauseColumn = Find(ClauseNames);
            foreach (var (index, name) in new[] { (serviceColumn, "ServiceName"), (layerColumn, "Layer"), (ownerColumn, "Owner") })
                if (index < 0) errors.Add(new InventoryError(InventoryErrorId.MissingRequiredColumn, Messages.Format(language, MessageKey.OverrideFileMissingColumn, file, name), file, 1, column: name));
            if (errors.Count > 0) return (overrides, errors);

            while (reader.Read())
            {
                var row = reader.RowNumber + 1;
                var at = new RowLocation(file, row, null).Describe(language);
                string Cell(int index) => index >= 0 && index < reader.FieldCount ? (reader.GetString(index) ?? string.Empty).Trim() : string.Empty;
                var service = Cell(serviceColumn);
                var layerText = Cell(layerColumn);
                var ownerText = Cell(ownerColumn);
                if (service.Length == 0 && layerText.Length == 0 && ownerText.Length == 0) continue;
                if (service.Length == 0)
                    errors.Add(new InventoryError(InventoryErrorId.MissingRequiredValue, Messages.Format(language, MessageKey.OverrideFileEmptyServiceName, at, headers[serviceColumn]), file, row, column: headers[serviceColumn], value: string.Empty));
                else if (!LayerParser.TryParse(layerText, out var layer))
                    errors.Add(new InventoryError(InventoryErrorId.InvalidContractOverride, Messages.Format(language, MessageKey.OverrideFileUnknownLayer, at, headers[layerColumn], layerText, string.Join(", ", Enum.GetNames(typeof(Layer)))), file, row, column: headers[layerColumn], value: layerText));
                else if (!OwnerParser.TryParse(ownerText, out var owner))
                    errors.Add(new InventoryError(InventoryErrorId.InvalidContractOverride, Messages.Format(language, MessageKey.OverrideFileUnknownOwner, at, headers[ownerColumn], ownerText), file, row, column: headers[ownerColumn], value: ownerText));
                else
                    overrides.Add(service, new ContractOverride(layer, owner, Cell(clauseColumn)));
            }
            return (overrides, errors);
        }
    }
}
