using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The last run's findings, as Export-CloudReport wrote them (CSV or JSON), to compare a run
    /// with. Rows are matched by <see cref="Finding.Fingerprint"/>; findings the last run had
    /// already reported Resolved are left out, so a fact that comes back is New again.
    /// </summary>
    public sealed class Baseline
    {
        private Baseline(IReadOnlyList<Finding> findings)
        {
            Findings = findings;
        }

        /// <summary>No baseline: every finding is New.</summary>
        public static Baseline Empty { get; } = new Baseline(Array.Empty<Finding>());

        /// <summary>The findings still open in the last run (not Resolved), in file order.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>
        /// Reads a findings report: JSON when it starts with '[', else CSV. The messages name the file by <paramref name="path"/> as given, as the other readers' do.
        /// A report of no findings is a baseline of none: a CSV header alone, JSON <c>[]</c>, or the byte order
        /// mark alone that the CSV writer writes for no rows. A file with no content at all (0 bytes, white
        /// space) is <see cref="AuditErrorId.BaselineEmpty"/>: no writer of the module leaves that, a failed
        /// write or a sync does, and taken for a first run it would make every finding New.
        /// </summary>
        public static (Baseline Baseline, IReadOnlyList<InventoryError> Errors) Read(string path, Language language = Language.En)
        {
            var bytes = File.ReadAllBytes(path);
            var encoding = EncodingDetector.Detect(bytes, out var bom);
            var text = encoding.GetString(bytes, bom, bytes.Length - bom);
            var file = path;
            if (bom > 0 && bytes.Length == bom) return (Empty, Array.Empty<InventoryError>());
            if (string.IsNullOrWhiteSpace(text))
                return (Empty, new[] { new InventoryError(AuditErrorId.BaselineEmpty, Messages.Format(language, MessageKey.BaselineEmpty, file), file) });
            if (text.TrimStart().StartsWith("[", StringComparison.Ordinal)) return FromRows(JsonRows(text), file, language);
            var cut = new List<InventoryError>(0);
            var (baseline, errors) = FromRows(CsvRows(text, CsvDelimiter.ForFile(path), file, language, cut), file, language);
            return cut.Count == 0 ? (baseline, errors) : (baseline, errors.Concat(cut).ToList());
        }

        /// <summary>Reads findings from rows of named cells (a row number each, for messages).</summary>
        internal static (Baseline Baseline, IReadOnlyList<InventoryError> Errors) FromRows(IEnumerable<(long Row, IReadOnlyDictionary<string, string> Cells)> rows, string file, Language language)
        {
            var findings = new List<Finding>();
            var errors = new List<InventoryError>();
            var first = true;
            foreach (var (row, cells) in rows)
            {
                if (first)
                {
                    first = false;
                    foreach (var column in new[] { nameof(Finding.Fingerprint), nameof(Finding.ServiceName), nameof(Finding.RuleId), nameof(Finding.Severity) })
                        if (!cells.ContainsKey(column)) errors.Add(new InventoryError(InventoryErrorId.MissingRequiredColumn, Messages.Format(language, MessageKey.BaselineMissingColumn, file, column), file, 1, column: column));
                    if (errors.Count > 0) return (Empty, errors);
                }
                string? Get(string name) => cells.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
                var at = new RowLocation(file, row, null).Describe(language);
                if (!TryEnum<FindingSeverity>(Get(nameof(Finding.Severity)), out var severity))
                {
                    errors.Add(Invalid(language, at, file, row, nameof(Finding.Severity), Get(nameof(Finding.Severity)), typeof(FindingSeverity)));
                    continue;
                }
                var status = FindingStatus.New;
                if (Get(nameof(Finding.Status)) is string statusText && !TryEnum(statusText, out status))
                {
                    errors.Add(Invalid(language, at, file, row, nameof(Finding.Status), statusText, typeof(FindingStatus)));
                    continue;
                }
                if (status == FindingStatus.Resolved) continue;
                var service = Get(nameof(Finding.ServiceName));
                var rule = Get(nameof(Finding.RuleId));
                var fingerprint = Get(nameof(Finding.Fingerprint));
                if (service is null || rule is null || fingerprint is null) continue;
                TryEnum<Owner>(Get(nameof(Finding.Owner)), out var owner);
                ServiceModel? model = TryEnum<ServiceModel>(Get(nameof(Finding.ServiceModel)), out var parsedModel) ? parsedModel : null;
                findings.Add(new Finding(service, rule, severity, status, Get(nameof(Finding.Title)) ?? rule, Get(nameof(Finding.Detail)) ?? string.Empty, owner,
                    Get(nameof(Finding.Subject)) ?? string.Empty, Get(nameof(Finding.Evidence)), Get(nameof(Finding.EvidenceFile)), Number(Get(nameof(Finding.EvidenceRow))),
                    Get(nameof(Finding.InventoryFile)), Number(Get(nameof(Finding.InventoryRow))), fingerprint, model, Get(nameof(Finding.Vendor)), Get(nameof(Finding.ServiceOwner)),
                    source: Get(nameof(Finding.Source)), language: TryEnum<Language>(Get(nameof(Finding.Language)), out var lang) ? lang : language,
                    evaluatedRules: Get(nameof(Finding.EvaluatedRules)), contractOverrides: Get(nameof(Finding.ContractOverrides)), action: Get(nameof(Finding.Action))));
            }
            return (new Baseline(findings), errors);
        }

        private static InventoryError Invalid(Language language, string at, string file, long row, string column, string? value, Type type) =>
            new InventoryError(AuditErrorId.InvalidBaselineValue, Messages.Format(language, MessageKey.BaselineInvalidValue, at, column, value ?? string.Empty, string.Join(", ", Enum.GetNames(type))),
                file, row, column: column, value: value ?? string.Empty);

        private static bool TryEnum<T>(string? text, out T value) where T : struct
        {
            value = default;
            return text is not null && Enum.GetNames(typeof(T)).Contains(text.Trim(), StringComparer.OrdinalIgnoreCase) && Enum.TryParse(text.Trim(), true, out value);
        }

        private static long? Number(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

        /// <summary>
        /// The CSV's rows, each given once the next is read: a short last row with no line break after
        /// it is the file cut off there, added to <paramref name="cut"/> and not read as a finding.
        /// </summary>
        private static IEnumerable<(long, IReadOnlyDictionary<string, string>)> CsvRows(string text, char separator, string file, Language language, List<InventoryError> cut)
        {
            using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { AllowLineBreaksInQuotes = true, SkipEmptyLines = true, Separator = separator });
            var headers = Array.ConvertAll(reader.Headers.ToArray(), FormulaProtection.Unprotect);
            var endsWithoutLineBreak = text.Length > 0 && text[text.Length - 1] != '\n' && text[text.Length - 1] != '\r';
            (long Row, Dictionary<string, string> Cells, int Count, string Record)? held = null;
            while (reader.Read())
            {
                if (held is { } previous) yield return (previous.Row, previous.Cells);
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < headers.Length && i < reader.FieldCount; i++)
                {
                    // The CSV writer protects text that a spreadsheet would run as a formula with an apostrophe.
                    cells[headers[i]] = FormulaProtection.Unprotect(reader.GetString(i) ?? string.Empty);
                }
                var shortRow = endsWithoutLineBreak && reader.FieldCount < headers.Length;
                held = (reader.RowNumber + 1, cells, reader.FieldCount,
                    shortRow ? string.Join(separator.ToString(), Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty)) : string.Empty);
            }
            if (held is not { } last) yield break;
            if (endsWithoutLineBreak && last.Count < headers.Length)
                cut.Add(InventoryErrors.TruncatedFile(language, new RowLocation(file, last.Row, null), last.Count, headers.Length, last.Record));
            else
                yield return (last.Row, last.Cells);
        }

        private static IEnumerable<(long, IReadOnlyDictionary<string, string>)> JsonRows(string text)
        {
            using var document = JsonDocument.Parse(text);
            long index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (element.ValueKind == JsonValueKind.Object)
                    foreach (var property in element.EnumerateObject())
                        cells[property.Name] = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                            JsonValueKind.Null => string.Empty,
                            _ => property.Value.GetRawText(),
                        };
                yield return (index, cells);
            }
        }
    }
}
