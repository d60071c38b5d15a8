using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The accepted risks of a suppression file. Columns, by English or Japanese header:
    /// ServiceName (サービス名; a name or a wildcard), RuleId (ルールID), Justification (理由),
    /// Expires (有効期限; optional, year first), Approver (承認者; optional). A row without a
    /// justification is rejected with an error, never silently applied; an expired row is kept,
    /// with a warning, and suppresses nothing. The first matching unexpired row wins.
    /// </summary>
    public sealed class SuppressionSet
    {
        private static readonly string[] RuleNames = { "RuleId", "ルールID", "ルール" };
        private static readonly string[] JustificationNames = { "Justification", "理由", "正当化理由", "受容理由" };
        private static readonly string[] ExpiresNames = { "Expires", "有効期限", "期限" };
        private static readonly string[] ApproverNames = { "Approver", "承認者" };

        private readonly List<Suppression> suppressions;

        /// <summary>A set of suppressions, in the order they are tried.</summary>
        public SuppressionSet(IEnumerable<Suppression> suppressions)
        {
            this.suppressions = suppressions.ToList();
        }

        /// <summary>No suppression.</summary>
        public static SuppressionSet Empty { get; } = new SuppressionSet(Array.Empty<Suppression>());

        /// <summary>The suppressions, as read.</summary>
        public IReadOnlyList<Suppression> Suppressions => suppressions;

        /// <summary>
        /// The suppression that applies to a finding: the first unexpired one that matches, else the
        /// first expired one that matches (so that the finding says its acceptance has lapsed); null for none.
        /// </summary>
        public Suppression? Find(string serviceName, string ruleId, DateTime asOf)
        {
            Suppression? expired = null;
            foreach (var suppression in suppressions)
            {
                if (!suppression.Matches(serviceName, ruleId)) continue;
                if (!suppression.IsExpired(asOf)) return suppression;
                expired ??= suppression;
            }
            return expired;
        }

        /// <summary>
        /// Reads a file: the suppressions, an error per rejected row, a warning per expired one. The
        /// messages name the file by <paramref name="path"/> as given, as the other readers' do.
        /// </summary>
        public static (SuppressionSet Suppressions, IReadOnlyList<InventoryError> Errors, IReadOnlyList<InventoryWarning> Warnings) Read(string path, DateTime asOf, Language language = Language.En)
        {
            var bytes = File.ReadAllBytes(path);
            var encoding = EncodingDetector.Detect(bytes, out var bom);
            return Parse(encoding.GetString(bytes, bom, bytes.Length - bom), path, asOf, language);
        }

        /// <summary>Reads CSV text; <paramref name="file"/> names it in messages.</summary>
        public static (SuppressionSet Suppressions, IReadOnlyList<InventoryError> Errors, IReadOnlyList<InventoryWarning> Warnings) Parse(string text, string file, DateTime asOf, Language language = Language.En)
        {
            var read = new List<Suppression>();
            var errors = new List<InventoryError>();
            var warnings = new List<InventoryWarning>();
            using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { AllowLineBreaksInQuotes = true, SkipEmptyLines = true, Separator = CsvDelimiter.ForFile(file) });
            // The module's CSV reports protect formula-looking text with an apostrophe; read back, it comes off.
            var headers = Array.ConvertAll(reader.Headers.ToArray(), FormulaProtection.Unprotect);
            int Find(IEnumerable<string> names) => Array.FindIndex(headers, h => names.Any(n => string.Equals(TextNormalizer.ToKey(h), TextNormalizer.ToKey(n), StringComparison.OrdinalIgnoreCase)));
            var serviceColumn = Array.FindIndex(headers, h => InventoryColumnNames.TryGetColumn(h, out var column) && column == InventoryColumn.ServiceName);
            var ruleColumn = Find(RuleNames);
            var justificationColumn = Find(JustificationNames);
            var expiresColumn = Find(ExpiresNames);
            var approverColumn = Find(ApproverNames);
            foreach (var (index, name) in new[] { (serviceColumn, "ServiceName"), (ruleColumn, "RuleId"), (justificationColumn, "Justification") })
                if (index < 0) errors.Add(new InventoryError(InventoryErrorId.MissingRequiredColumn, Messages.Format(language, MessageKey.SuppressionMissingColumn, file, name), file, 1, column: name));
            if (errors.Count > 0) return (Empty, errors, warnings);
            var (lastRow, lastCells, lastRecord) = (0L, 0, string.Empty);
            while (reader.Read())
            {
                var row = reader.RowNumber + 1;
                lastRow = row;
                lastCells = reader.FieldCount;
                lastRecord = string.Join(CsvDelimiter.ForFile(file).ToString(), Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty));
                var at = new RowLocation(file, row, null).Describe(language);
                string Cell(int index) => index >= 0 && index < reader.FieldCount ? FormulaProtection.Unprotect(reader.GetString(index) ?? string.Empty).Trim() : string.Empty;
                var service = Cell(serviceColumn);
                var rule = Cell(ruleColumn);
                var justification = Cell(justificationColumn);
                var expiresText = Cell(expiresColumn);
                if (service.Length == 0 && rule.Length == 0 && justification.Length == 0) continue;
                if (service.Length == 0 || rule.Length == 0)
                {
                    var column = headers[service.Length == 0 ? serviceColumn : ruleColumn];
                    errors.Add(new InventoryError(InventoryErrorId.MissingRequiredValue, Messages.Format(language, MessageKey.SuppressionMissingValue, at, column), file, row, column: column, value: string.Empty));
                    continue;
                }
                if (justification.Length == 0)
                {
                    var column = headers[justificationColumn];
                    errors.Add(new InventoryError(AuditErrorId.SuppressionWithoutJustification, Messages.Format(language, MessageKey.SuppressionMissingJustification, at, rule, service, column), file, row, column: column, value: string.Empty));
                    continue;
                }
                DateTime? expires = null;
                if (expiresText.Length > 0)
                {
                    if (!DateParser.TryParse(expiresText, out var date))
                    {
                        var column = headers[expiresColumn];
                        errors.Add(new InventoryError(AuditErrorId.InvalidSuppressionExpiry, Messages.Format(language, MessageKey.SuppressionInvalidDate, at, column, expiresText, DateParser.Accepted), file, row, column: column, value: expiresText));
                        continue;
                    }
                    expires = date;
                }
                var suppression = new Suppression(service, rule, justification, expires, Cell(approverColumn), file, row);
                if (suppression.IsExpired(asOf))
                    warnings.Add(new InventoryWarning(AuditWarningId.SuppressionExpired,
                        Messages.Format(language, MessageKey.SuppressionExpired, at, rule, service, expires!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), file, row, null, expiresText));
                read.Add(suppression);
            }
            // A short last row with no line break after it: the file was cut off there, and its later rows never written.
            if (lastRow > 0 && lastCells < headers.Length && text.Length > 0 && text[text.Length - 1] != '\n' && text[text.Length - 1] != '\r')
                errors.Add(InventoryErrors.TruncatedFile(language, new RowLocation(file, lastRow, null), lastCells, headers.Length, lastRecord));
            return (new SuppressionSet(read), errors, warnings);
        }
    }
}
