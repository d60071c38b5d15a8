using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// Checks a catalog's data before anyone reads it: headers, ID formats, uniqueness, both languages,
    /// sources, enum values, that every link resolves, and coverage (CoverageValidator). Returns every
    /// problem, not just the first, so one run of the tests shows a data author all there is to fix.
    /// </summary>
    public static class CatalogValidator
    {
        /// <summary>
        /// References to the two sources joined with <c>; </c>, optionally followed by <c>; added</c>
        /// (the row also holds something the sources do not contain), or <c>added</c> alone (the row is
        /// the project's own). The marker comes last so that what the sources say is read first.
        /// </summary>
        private static readonly Regex SourcePattern = new Regex(
            @"^((MIC-GL3 I\.6(\.[1-3])?|CSO §[2-5](\.[1-3])?)(; (MIC-GL3 I\.6(\.[1-3])?|CSO §[2-5](\.[1-3])?))*(; " + AddedMarker + ")?|" + AddedMarker + ")$",
            RegexOptions.CultureInvariant);

        private static readonly Regex SemanticVersion = new Regex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$", RegexOptions.CultureInvariant);

        /// <summary>The Source value that marks content the sources do not contain as the project's addition.</summary>
        public const string AddedMarker = "added";

        private static readonly IReadOnlyDictionary<string, Regex> IdPatterns = new Dictionary<string, Regex>
        {
            [CatalogFiles.Notes] = new Regex(@"^RN-\d{2}$"),
            [CatalogFiles.Threats] = new Regex(@"^TH-\d{2}$"),
            [CatalogFiles.ThreatRelevance] = new Regex(@"^TR-\d{2}$"),
            [CatalogFiles.AttackTechniques] = new Regex(@"^T\d{4}(\.\d{3})?$"),
            [CatalogFiles.ProviderControls] = new Regex(@"^CTL-[TO]-\d{2}$"),
            [CatalogFiles.CheckItems] = new Regex(@"^CHK-(DC|TE|OP)-\d{2}$"),
            [CatalogFiles.CheckSubPoints] = new Regex(@"^CHK-(DC|TE|OP)-\d{2}\.\d+$"),
            [CatalogFiles.DisclosureItems] = new Regex(@"^DIS-\d{2}$"),
            [CatalogFiles.DisclosureSubItems] = new Regex(@"^DIS-\d{2}\.\d+$"),
            [CatalogFiles.LegalConsiderations] = new Regex(@"^LEG-\d{2}$"),
            [CatalogFiles.Iso27017Controls] = new Regex(@"^(CLD\.)?\d{1,2}\.\d{1,2}\.\d{1,2}$"),
            [CatalogFiles.CcmDomains] = new Regex(@"^[A-Z&]{3}$"),
            [CatalogFiles.CcmControls] = new Regex(@"^[A-Z&]{3}-\d{2}$"),
            [CatalogFiles.QuestionnaireItems] = new Regex(@"^(CHK-(DC|TE|OP)-\d{2}|DIS-\d{2})\.\d+$"),
            [CatalogFiles.Certifications] = new Regex(@"^[A-Z0-9]+(-[A-Z0-9]+)*$"),
        };

        /// <summary>Columns that may be empty (beyond the rules checked row by row).</summary>
        private static readonly HashSet<string> OptionalColumns = new HashSet<string>(StringComparer.Ordinal)
        {
            "Notes", "AttackTechniques", "Iso27017", "Ccm", "CheckItems", "CustomerDutyJa", "CustomerDutyEn", "ProviderDutyJa", "ProviderDutyEn",
            "NoCheckReasonJa", "NoCheckReasonEn", "UncoveredSubPoints", "GapNoteJa", "GapNoteEn",
            // The vendor questionnaire's (QuestionnaireValidator checks when they must be given).
            "EvidenceJa", "EvidenceEn", "NotApplicableModels", "NotApplicableReasonJa", "NotApplicableReasonEn", "VariantsJa",
            // A line whose No is no gap lies in no layer and verifies no measure, and one whose No is a gap needs no reason (QuestionnaireLineValidator).
            "Layers", "ProviderControls", "NoMeansReasonJa", "NoMeansReasonEn",
            // A crosswalk row without a control says why the line has no CCM counterpart (CrosswalkValidator).
            "Control",
            // A threat-relevance rule's conditions (ThreatRelevanceValidator checks that each threat's last rule has none).
            "ServiceModels", "DeploymentModels", "DataFlags",
        };

        /// <summary>Every problem found; empty when the data is consistent.</summary>
        public static IReadOnlyList<string> Validate(CatalogData data)
        {
            var problems = new List<string>();
            foreach (var file in CatalogFiles.Headers)
            {
                if (!data.Tables.TryGetValue(file.Key, out var table))
                {
                    problems.Add($"{file.Key}: the file is missing.");
                    continue;
                }
                if (!table.Columns.SequenceEqual(file.Value))
                {
                    problems.Add($"{file.Key}: the header is '{string.Join(",", table.Columns)}'; expected '{string.Join(",", file.Value)}'.");
                    continue;
                }
                CheckRows(table, problems);
            }
            if (problems.Count > 0) return problems;

            CheckEnumFile<ServiceModel>(data[CatalogFiles.ServiceModels], problems);
            CheckEnumFile<DeploymentModel>(data[CatalogFiles.DeploymentModels], problems);
            CheckEnumFile<Layer>(data[CatalogFiles.Layers], problems);
            CheckLayerOrder(data[CatalogFiles.Layers], problems);
            CheckMatrix(data, problems);
            CheckLinks(data, problems);
            CheckSubItems(data[CatalogFiles.CheckItems], data[CatalogFiles.CheckSubPoints], problems);
            CheckSubItems(data[CatalogFiles.DisclosureItems], data[CatalogFiles.DisclosureSubItems], problems);
            CoverageValidator.Check(data, problems);
            QuestionnaireValidator.Check(data, problems);
            CrosswalkValidator.Check(data, problems);
            ThreatRelevanceValidator.Check(data, problems);
            CheckTriggers(data[CatalogFiles.LegalConsiderations], problems);
            CheckInfo(data[CatalogFiles.Info], problems);
            return problems;
        }

        /// <summary>Version is a semantic version (major.minor.patch) and Updated an ISO date, each given once.</summary>
        private static void CheckInfo(CatalogTable info, List<string> problems)
        {
            void Check(string key, Func<string, bool> isValid, string expected)
            {
                var records = info.Records.Where(r => r["Key"] == key).ToList();
                if (records.Count != 1) { problems.Add($"{info.FileName}: {records.Count} rows for {key}; expected one."); return; }
                if (!isValid(records[0]["Value"])) problems.Add($"{records[0].CellLocation("Value")}: '{records[0]["Value"]}' is not {expected}.");
            }

            Check("Version", v => SemanticVersion.IsMatch(v), "a semantic version such as 1.2.0");
            Check("Updated", v => DateTime.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "an ISO date such as 2026-12-04");
        }

        private static void CheckRows(CatalogTable table, List<string> problems)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var hasId = table.HasColumn("Id");
            IdPatterns.TryGetValue(table.FileName, out var idPattern);
            foreach (var record in table.Records)
            {
                if (record.FieldCount != table.Columns.Count)
                    problems.Add($"{record.Location}: {record.FieldCount} cells; the header has {table.Columns.Count}.");
                if (hasId)
                {
                    var id = record["Id"];
                    if (seen.TryGetValue(id, out var firstRow)) problems.Add($"{record.Location}: ID '{id}' is also on row {firstRow}.");
                    else seen[id] = record.Row;
                    if (idPattern is not null && !idPattern.IsMatch(id)) problems.Add($"{record.CellLocation("Id")}: '{id}' is not a well-formed ID.");
                }
                foreach (var column in table.Columns)
                {
                    var value = record[column];
                    if (column.EndsWith("Ja", StringComparison.Ordinal) && value.Length > 0 && !JapaneseText.Contains(value))
                        problems.Add($"{record.CellLocation(column)}: '{value}' has no Japanese text.");
                    if (!column.EndsWith("Ja", StringComparison.Ordinal) && JapaneseText.Contains(value))
                        problems.Add($"{record.CellLocation(column)}: '{value}' has Japanese text in a column that is not Japanese.");
                    if (value.Length == 0 && !OptionalColumns.Contains(column) && !(column.StartsWith("Examples", StringComparison.Ordinal) && record["Id"] == nameof(ServiceModel.OnPremises)))
                        problems.Add($"{record.CellLocation(column)}: empty.");
                }
                if (table.HasColumn("Source") && record["Source"].Length > 0 && !SourcePattern.IsMatch(record["Source"]))
                    problems.Add($"{record.CellLocation("Source")}: '{record["Source"]}' is not a source reference such as 'MIC-GL3 I.6.1', 'CSO §4.1', 'CSO §3; {AddedMarker}' or '{AddedMarker}'.");
                CheckPairs(record, table, problems);
            }
        }

        /// <summary>A Japanese cell and its English twin are both filled or both empty.</summary>
        private static void CheckPairs(CatalogRecord record, CatalogTable table, List<string> problems)
        {
            foreach (var ja in table.Columns.Where(c => c.EndsWith("Ja", StringComparison.Ordinal)))
            {
                var en = ja.Substring(0, ja.Length - 2) + "En";
                if (table.HasColumn(en) && (record[ja].Length == 0) != (record[en].Length == 0))
                    problems.Add($"{record.Location}: {ja} and {en} must both be given or both be empty.");
            }
        }

        private static void CheckEnumFile<TEnum>(CatalogTable table, List<string> problems) where TEnum : struct, Enum
        {
            var ids = table.Records.Select(r => r["Id"]).ToList();
            foreach (var record in table.Records.Where(r => !IsEnum<TEnum>(r["Id"])))
                problems.Add($"{record.CellLocation("Id")}: '{record["Id"]}' is not a {typeof(TEnum).Name}.");
            foreach (var name in Enum.GetNames(typeof(TEnum)).Where(n => !ids.Contains(n)))
                problems.Add($"{table.FileName}: no row for {typeof(TEnum).Name} '{name}'.");
        }

        private static void CheckLayerOrder(CatalogTable table, List<string> problems)
        {
            foreach (var record in table.Records.Where(r => IsEnum<Layer>(r["Id"])))
            {
                var expected = (int)Enum.Parse(typeof(Layer), record["Id"]);
                if (record["Order"] != expected.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    problems.Add($"{record.CellLocation("Order")}: '{record["Order"]}'; {record["Id"]} is layer {expected} from the top.");
            }
        }

        private static void CheckMatrix(CatalogData data, List<string> problems)
        {
            var matrix = data[CatalogFiles.Matrix];
            var cells = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in matrix.Records)
            {
                if (!IsEnum<ServiceModel>(record["ServiceModel"])) problems.Add($"{record.CellLocation("ServiceModel")}: '{record["ServiceModel"]}' is not a ServiceModel.");
                if (!IsEnum<Layer>(record["Layer"])) problems.Add($"{record.CellLocation("Layer")}: '{record["Layer"]}' is not a Layer.");
                if (!IsEnum<Owner>(record["Owner"])) { problems.Add($"{record.CellLocation("Owner")}: '{record["Owner"]}' is not an Owner."); continue; }
                if (!cells.Add(record["ServiceModel"] + "." + record["Layer"])) problems.Add($"{record.Location}: {record["ServiceModel"]}/{record["Layer"]} appears twice.");
                var owner = (Owner)Enum.Parse(typeof(Owner), record["Owner"]);
                if (owner != Owner.Provider && record["CustomerDutyEn"].Length == 0) problems.Add($"{record.Location}: the customer has a duty here ({owner}) but CustomerDuty is empty.");
                if (owner != Owner.Customer && record["ProviderDutyEn"].Length == 0) problems.Add($"{record.Location}: the provider has a duty here ({owner}) but ProviderDuty is empty.");
            }
            foreach (var model in Enum.GetNames(typeof(ServiceModel)))
                foreach (var layer in Enum.GetNames(typeof(Layer)))
                    if (!cells.Contains(model + "." + layer)) problems.Add($"{matrix.FileName}: no row for {model}/{layer}.");
        }

        private static void CheckLinks(CatalogData data, List<string> problems)
        {
            var ids = new Func<string, HashSet<string>>(file => new HashSet<string>(data[file].Records.Select(r => r["Id"]), StringComparer.Ordinal));
            var controls = ids(CatalogFiles.ProviderControls);
            var checks = ids(CatalogFiles.CheckItems);
            var notes = ids(CatalogFiles.Notes);
            var techniques = ids(CatalogFiles.AttackTechniques);
            var iso = ids(CatalogFiles.Iso27017Controls);
            var ccm = ids(CatalogFiles.CcmDomains);
            var layers = new HashSet<string>(Enum.GetNames(typeof(Layer)));
            var models = new HashSet<string>(Enum.GetNames(typeof(ServiceModel)));
            var referencedIso = new HashSet<string>();
            var referencedCcm = new HashSet<string>();
            var referencedTechniques = new HashSet<string>();

            void Links(string file, string column, HashSet<string> targets, string what, bool required, HashSet<string>? referenced = null)
            {
                foreach (var record in data[file].Records)
                {
                    var values = record.List(column);
                    if (required && values.Count == 0) problems.Add($"{record.CellLocation(column)}: at least one {what} is required.");
                    foreach (var value in values)
                    {
                        if (!targets.Contains(value)) problems.Add($"{record.CellLocation(column)}: '{value}' is not a known {what}.");
                        referenced?.Add(value);
                    }
                }
            }

            Links(CatalogFiles.Matrix, "Notes", notes, "responsibility note", required: false);
            Links(CatalogFiles.Notes, "ServiceModels", models, "service model", required: true);
            Links(CatalogFiles.Threats, "ProviderControls", controls, "provider control", required: true);
            Links(CatalogFiles.Threats, "CustomerLayers", layers, "layer", required: true);
            Links(CatalogFiles.Threats, "AttackTechniques", techniques, "ATT&CK technique", required: false, referencedTechniques);
            Links(CatalogFiles.CheckItems, "ProviderControls", controls, "provider control", required: true);
            Links(CatalogFiles.CheckItems, "ServiceModels", models, "service model", required: true);
            Links(CatalogFiles.DisclosureItems, "CheckItems", checks, "check item", required: false);
            Links(CatalogFiles.QuestionnaireItems, "ProviderControls", controls, "provider control", required: false);
            foreach (var file in new[] { CatalogFiles.Threats, CatalogFiles.ProviderControls, CatalogFiles.CheckItems, CatalogFiles.LegalConsiderations })
            {
                Links(file, "Iso27017", iso, "ISO control (iso27017-controls.csv)", required: false, referencedIso);
                Links(file, "Ccm", ccm, "CSA CCM domain", required: false, referencedCcm);
            }
            foreach (var record in data[CatalogFiles.Threats].Records.Concat(data[CatalogFiles.ProviderControls].Records)
                         .Where(r => !IsEnum<ThreatCategory>(r.Table.HasColumn("Category") ? r["Category"] : nameof(ThreatCategory.NonAttack))
                                  || !IsEnum<ControlKind>(r.Table.HasColumn("Kind") ? r["Kind"] : nameof(ControlKind.Technical))))
                problems.Add($"{record.Location}: unknown category or kind.");
            foreach (var record in data[CatalogFiles.ProviderControls].Records)
                if (record["Id"].StartsWith("CTL-T", StringComparison.Ordinal) != (record["Kind"] == nameof(ControlKind.Technical)))
                    problems.Add($"{record.CellLocation("Kind")}: '{record["Kind"]}' does not match the ID {record["Id"]}.");
            foreach (var record in data[CatalogFiles.CheckItems].Records)
            {
                if (!IsEnum<CheckArea>(record["Area"])) problems.Add($"{record.CellLocation("Area")}: '{record["Area"]}' is not a CheckArea.");
                var models2 = record.List("ServiceModels");
                if (!models2.Contains(nameof(ServiceModel.SaaS)) || !models2.Contains(nameof(ServiceModel.PaaS)))
                    problems.Add($"{record.CellLocation("ServiceModels")}: the source states every check for SaaS and PaaS.");
            }
            Unreferenced(data[CatalogFiles.Iso27017Controls], referencedIso, problems);
            // Every CCM control belongs to a domain of ccm-domains.csv (CrosswalkValidator), which it references.
            foreach (var control in data[CatalogFiles.CcmControls].Records) referencedCcm.Add(CrosswalkValidator.DomainOf(control["Id"]));
            Unreferenced(data[CatalogFiles.CcmDomains], referencedCcm, problems);
            Unreferenced(data[CatalogFiles.AttackTechniques], referencedTechniques, problems);
        }

        private static void Unreferenced(CatalogTable table, HashSet<string> referenced, List<string> problems)
        {
            foreach (var record in table.Records.Where(r => !referenced.Contains(r["Id"])))
                problems.Add($"{record.Location}: '{record["Id"]}' is referenced by no catalog entry.");
        }

        /// <summary>Sub-items belong to an existing parent and are numbered 1, 2, 3 … without gaps.</summary>
        private static void CheckSubItems(CatalogTable parents, CatalogTable children, List<string> problems)
        {
            var parentIds = new HashSet<string>(parents.Records.Select(r => r["Id"]), StringComparer.Ordinal);
            var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var record in children.Records)
            {
                var id = record["Id"];
                var dot = id.LastIndexOf('.');
                if (dot < 0 || !int.TryParse(id.Substring(dot + 1), out var position)) continue;
                var parent = id.Substring(0, dot);
                if (!parentIds.Contains(parent)) { problems.Add($"{record.CellLocation("Id")}: '{id}' belongs to no {parents.FileName} entry."); continue; }
                if (!positions.TryGetValue(parent, out var list)) positions[parent] = list = new List<int>();
                list.Add(position);
            }
            foreach (var parent in parentIds)
            {
                if (!positions.TryGetValue(parent, out var list)) { problems.Add($"{children.FileName}: '{parent}' has no sub-items."); continue; }
                if (!list.SequenceEqual(Enumerable.Range(1, list.Count)))
                    problems.Add($"{children.FileName}: the sub-items of '{parent}' are numbered {string.Join(",", list)}; expected 1..{list.Count} in order.");
            }
        }

        private static void CheckTriggers(CatalogTable legal, List<string> problems)
        {
            foreach (var record in legal.Records)
                if (!LegalTrigger.TryParse(record["Trigger"], out _, out var error))
                    problems.Add($"{record.CellLocation("Trigger")}: {error}");
        }

        private static bool IsEnum<TEnum>(string value) where TEnum : struct, Enum =>
            Enum.GetNames(typeof(TEnum)).Contains(value, StringComparer.Ordinal);
    }
}
