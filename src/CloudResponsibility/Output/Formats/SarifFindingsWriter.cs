using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CloudResponsibility.Audit;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Invoke-CloudAudit's findings as SARIF 2.1.0: one run, the audit's rules with their rationale
    /// and their action (its placeholders unfilled) as help text, a result per finding with its
    /// stable ruleId, a message that ends in what to do (the action, filled in, also in the result's
    /// properties), the evidence's row as its location
    /// (a questionnaire's answer, or the inventory's row) and the service's inventory row, when that
    /// is elsewhere, as a related location, the Fingerprint as a partial
    /// fingerprint, the baseline state, and suppressed findings with their justification.
    /// </summary>
    public sealed class SarifFindingsWriter : FindingsReportWriter
    {
        private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private const string FingerprintKey = "cloudResponsibilityFinding/v1";

        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        public SarifFindingsWriter(Stream stream, ReportOptions options)
            : base(stream, options)
        {
        }

        internal override void Render(TextWriter writer, IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language)
        {
            var rules = AuditRuleCatalog.Default.In(language);
            var ruleIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < rules.Count; i++) ruleIndex[rules[i].Id] = i;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("$schema", SchemaUri);
                json.WriteString("version", "2.1.0");
                json.WriteStartArray("runs");
                json.WriteStartObject();
                WriteTool(json, rules, language);
                json.WriteStartArray("results");
                foreach (var finding in findings) WriteResult(json, finding, ruleIndex, language);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
            writer.Write('\n');
        }

        private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<AuditRule> rules, Language language)
        {
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "CloudResponsibility");
            json.WriteString("semanticVersion", typeof(SarifFindingsWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("name", rule.Category + rule.Id.Replace("-", string.Empty));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Rationale);
                json.WriteEndObject();
                // The rationale cites its sources itself; properties.source carries them for tools.
                // The help is the rule's documentation, so it says what to do in general: each
                // result's message says it for its own service and line.
                var action = Localization.Messages.Format(language, Localization.MessageKey.ReportAction, rule.ActionTemplate);
                json.WriteStartObject("help");
                json.WriteString("text", $"{rule.Rationale}\n\n{action}");
                json.WriteString("markdown", $"**{rule.Title}**\n\n{rule.Rationale}\n\n{action}");
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("severity", rule.Severity.ToString());
                json.WriteString("category", rule.Category);
                json.WriteString("source", rule.Source);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteResult(Utf8JsonWriter json, FindingRecord finding, Dictionary<string, int> ruleIndex, Language language)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            if (ruleIndex.TryGetValue(finding.RuleId, out var index)) json.WriteNumber("ruleIndex", index);
            json.WriteString("level", Level(finding.Severity));
            json.WriteString("kind", "fail");
            json.WriteStartObject("message");
            var message = finding.Detail.Length > 0
                ? Localization.Messages.Format(language, Localization.MessageKey.ReportFindingMessage, finding.ServiceName, finding.Title, finding.Detail)
                : Localization.Messages.Format(language, Localization.MessageKey.ReportFindingHeadline, finding.ServiceName, finding.Title);
            // What to do comes last, on its own line: the first sentence stays what is wrong, for a viewer short of space.
            if (finding.Action.Length > 0) message += "\n" + Localization.Messages.Format(language, Localization.MessageKey.ReportAction, finding.Action);
            json.WriteString("text", message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            // The row that shows the problem: a vendor's answer is in its questionnaire, a legal point
            // in the inventory; the service's inventory row, when that is elsewhere, is related.
            var (file, row) = finding.EvidenceFile.Length > 0 ? (finding.EvidenceFile, finding.EvidenceRow) : (finding.InventoryFile, finding.InventoryRow);
            var inventoryElsewhere = finding.InventoryFile.Length > 0 && (finding.InventoryFile != file || finding.InventoryRow != row);
            if (file.Length > 0) WritePhysicalLocation(json, file, row);
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("name", finding.ServiceName);
            json.WriteString("kind", "module");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            if (inventoryElsewhere)
            {
                json.WriteStartArray("relatedLocations");
                json.WriteStartObject();
                json.WriteNumber("id", 1);
                WritePhysicalLocation(json, finding.InventoryFile, finding.InventoryRow);
                json.WriteStartObject("message");
                json.WriteString("text", finding.ServiceName);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FingerprintKey, finding.Fingerprint);
            json.WriteEndObject();
            json.WriteString("baselineState", finding.Status switch
            {
                FindingStatus.New => "new",
                FindingStatus.Worsened or FindingStatus.Reopened => "updated",
                FindingStatus.Resolved => "absent",
                _ => "unchanged",
            });
            if (finding.Status == FindingStatus.Suppressed)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "external");
                json.WriteString("status", "accepted");
                json.WriteString("justification", finding.Justification);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartObject("properties");
            json.WriteString("severity", finding.Severity.ToString());
            json.WriteString("status", finding.Status.ToString());
            json.WriteString("owner", finding.Owner);
            json.WriteString("serviceName", finding.ServiceName);
            json.WriteString("subject", finding.Subject);
            if (finding.Action.Length > 0) json.WriteString("action", finding.Action);
            if (finding.Evidence.Length > 0) json.WriteString("evidence", finding.Evidence);
            if (finding.EvidenceFile.Length > 0) json.WriteString("evidenceFile", finding.EvidenceFile);
            if (finding.EvidenceRow is long evidenceRow) json.WriteNumber("evidenceRow", evidenceRow);
            if (finding.ServiceOwner.Length > 0) json.WriteString("serviceOwner", finding.ServiceOwner);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WritePhysicalLocation(Utf8JsonWriter json, string file, long? row)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri(file));
            json.WriteEndObject();
            if (row is long line && line >= 1)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", line);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        /// <summary>Critical and High are errors, Medium a warning, Low and Info notes.</summary>
        private static string Level(FindingSeverity severity) => severity switch
        {
            FindingSeverity.Critical => "error",
            FindingSeverity.High => "error",
            FindingSeverity.Medium => "warning",
            _ => "note",
        };

        /// <summary>A file as a URI reference: file:/// for a rooted path, else relative with forward slashes; escaped.</summary>
        private static string Uri(string path)
        {
            if (Path.IsPathRooted(path)) return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
            return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
        }
    }
}
