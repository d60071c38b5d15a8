using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The audit's rules, read from audit-rules.csv (embedded beside the catalog's data), validated
    /// once on first use against the catalog: a rule for every legal point, one for every ID the
    /// code applies, a known severity, texts in both languages (an action among them), a source.
    /// Immutable.
    /// </summary>
    public sealed class AuditRuleCatalog
    {
        /// <summary>The rules' data file.</summary>
        public const string FileName = "audit-rules.csv";

        /// <summary>The file's header.</summary>
        public static readonly string[] Header = { "Id", "Category", "Severity", "TitleJa", "TitleEn", "DetailJa", "DetailEn", "ActionJa", "ActionEn", "RationaleJa", "RationaleEn", "Source" };

        /// <summary>The placeholders a detail or action template may use.</summary>
        public static readonly string[] Placeholders = { "Service", "Subject", "Value", "Message", "Date", "Days", "Layers", "Folder" };

        private static readonly string[] Categories = { "Legal", "Vendor", "Questionnaire", "Ownership", "Inventory", "Threat" };
        private static readonly Regex IdPattern = new Regex("^(LEG|VND|QST|OWN|INV|THR)-[0-9]{2}$", RegexOptions.CultureInvariant);
        private static readonly Regex PlaceholderPattern = new Regex("\\{([A-Za-z]+)\\}", RegexOptions.CultureInvariant);
        private static readonly Lazy<AuditRuleCatalog> Embedded = new Lazy<AuditRuleCatalog>(() => Load(ReadEmbedded(), CloudCatalog.Default.In(Language.En)));

        private readonly IReadOnlyList<AuditRule> english;
        private readonly IReadOnlyList<AuditRule> japanese;
        private readonly Dictionary<string, int> index;

        private AuditRuleCatalog(IReadOnlyList<AuditRule> english, IReadOnlyList<AuditRule> japanese)
        {
            this.english = english;
            this.japanese = japanese;
            index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < english.Count; i++) index[english[i].Id] = i;
        }

        /// <summary>The rules shipped in this assembly.</summary>
        public static AuditRuleCatalog Default => Embedded.Value;

        /// <summary>The rules in a language, in file order.</summary>
        public IReadOnlyList<AuditRule> In(Language language) => language == Language.Ja ? japanese : english;

        /// <summary>A rule by ID in a language; null for an ID the file does not have.</summary>
        public AuditRule? Find(string id, Language language) => index.TryGetValue(id, out var i) ? In(language)[i] : null;

        /// <summary>A rule the code applies: one the validation guarantees.</summary>
        internal AuditRule Get(string id, Language language) => Find(id, language) ?? throw new KeyNotFoundException($"{FileName} has no rule {id}.");

        /// <summary>The embedded copy of the file.</summary>
        public static CatalogTable ReadEmbedded()
        {
            var assembly = typeof(AuditRuleCatalog).Assembly;
            using var stream = assembly.GetManifestResourceStream("CloudResponsibility.Catalog.Data." + FileName)
                ?? throw new CatalogValidationException(new[] { $"{FileName}: the file is not embedded in {assembly.GetName().Name}." });
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return CatalogTable.Parse(FileName, buffer.ToArray());
        }

        /// <summary>Validates the table against the catalog and builds the rules; throws <see cref="CatalogValidationException"/> listing every problem.</summary>
        public static AuditRuleCatalog Load(CatalogTable table, CatalogView catalog)
        {
            var problems = Validate(table, catalog);
            if (problems.Count > 0) throw new CatalogValidationException(problems);
            return new AuditRuleCatalog(Build(table, Language.En), Build(table, Language.Ja));
        }

        /// <summary>Every problem of the table, each naming its row and column.</summary>
        public static IReadOnlyList<string> Validate(CatalogTable table, CatalogView catalog)
        {
            var problems = new List<string>();
            if (!table.Columns.SequenceEqual(Header))
            {
                // Name what is missing: a file of an older version lacks the action columns, and a long header hides them.
                var missing = Header.Where(column => !table.Columns.Contains(column)).ToList();
                problems.Add($"{FileName}: the header must be {string.Join(",", Header)}" + (missing.Count > 0 ? $"; it lacks {string.Join(", ", missing)}." : "."));
                return problems;
            }
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var record in table.Records)
            {
                var id = record["Id"];
                if (!IdPattern.IsMatch(id)) problems.Add($"{record.CellLocation("Id")}: '{id}' is not a rule ID (LEG-nn, VND-nn, QST-nn, OWN-nn, INV-nn, THR-nn).");
                else if (!seen.Add(id)) problems.Add($"{record.CellLocation("Id")}: '{id}' is listed twice.");
                if (!Categories.Contains(record["Category"])) problems.Add($"{record.CellLocation("Category")}: '{record["Category"]}' is not one of {string.Join(", ", Categories)}.");
                if (!Enum.GetNames(typeof(FindingSeverity)).Contains(record["Severity"]))
                    problems.Add($"{record.CellLocation("Severity")}: '{record["Severity"]}' is not one of {string.Join(", ", Enum.GetNames(typeof(FindingSeverity)))}.");
                foreach (var column in Header.Skip(3))
                {
                    var text = record[column];
                    if (text.Trim().Length == 0) problems.Add($"{record.CellLocation(column)}: empty." + (column.StartsWith("Action", StringComparison.Ordinal) ? " Every rule says what to do about its findings, in Japanese and English." : string.Empty));
                    else if (column.EndsWith("Ja", StringComparison.Ordinal) && !JapaneseText.Contains(text)) problems.Add($"{record.CellLocation(column)}: no Japanese text.");
                    foreach (Match match in PlaceholderPattern.Matches(text))
                    {
                        if (!Placeholders.Contains(match.Groups[1].Value)) problems.Add($"{record.CellLocation(column)}: unknown placeholder {match.Value}.");
                        // The audit fills a rule's placeholders for its detail: one the detail does not use may be left empty.
                        else if (column.StartsWith("Action", StringComparison.Ordinal) && !record["Detail" + column.Substring("Action".Length)].Contains(match.Value))
                            problems.Add($"{record.CellLocation(column)}: {match.Value} is not in the rule's Detail{column.Substring("Action".Length)}, so the audit may leave it empty.");
                    }
                }
            }
            foreach (var point in catalog.LegalConsiderations)
                if (!seen.Contains(point.Id)) problems.Add($"{FileName}: no rule for the legal point {point.Id}.");
            foreach (var id in seen.Where(id => id.StartsWith("LEG-", StringComparison.Ordinal)))
                if (!catalog.LegalConsiderations.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))) problems.Add($"{FileName}: {id} is no legal point of the catalog.");
            foreach (var id in AuditRuleIds.Coded)
                if (!seen.Contains(id)) problems.Add($"{FileName}: no rule {id}, which the audit applies.");
            return problems;
        }

        private static List<AuditRule> Build(CatalogTable table, Language language)
        {
            var suffix = language == Language.Ja ? "Ja" : "En";
            return table.Records.Select(r => new AuditRule(r["Id"], r["Category"], (FindingSeverity)Enum.Parse(typeof(FindingSeverity), r["Severity"]),
                r["Title" + suffix], r["Detail" + suffix], r["Action" + suffix], r["Rationale" + suffix], r["Source"], language)).ToList();
        }
    }
}
