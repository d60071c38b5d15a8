using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The rules of a questionnaire line's own links and meaning (questionnaire-items.csv): a line
    /// verifies only measures of its own check, or of the checks its disclosure item covers, so that
    /// an answer never speaks for measures it does not ask about; every measure a check links is
    /// verified by one of its sub-points; a line whose No is no gap (it only informs, or describes the
    /// offering) says why, verifies nothing and lies in no layer; a line whose No is a gap lies, under
    /// every model it applies to, in a layer the provider owns or shares there. A layer the customer
    /// owns may be listed too, for a service whose contract gives the provider a share of it; a layer
    /// listed for one model only is there to name the provider's layer under it, so it must be one.
    /// </summary>
    internal static class QuestionnaireLineValidator
    {
        public static void Check(CatalogData data, IReadOnlyDictionary<string, List<string>> lines, IReadOnlyDictionary<ServiceModel, HashSet<string>> excluded, List<string> problems)
        {
            var checks = data[CatalogFiles.CheckItems].Records.ToDictionary(r => r["Id"], StringComparer.Ordinal);
            var allowed = Allowed(data, checks);
            var parentOf = lines.SelectMany(p => p.Value.Select(line => (Line: line, Parent: p.Key))).ToDictionary(p => p.Line, p => p.Parent, StringComparer.Ordinal);
            var layers = new QuestionnaireLayers(data);
            var verified = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var record in data[CatalogFiles.QuestionnaireItems].Records)
            {
                var id = record["Id"];
                if (!parentOf.TryGetValue(id, out var parent)) continue;
                var controls = record.List("ProviderControls");
                if (!verified.TryGetValue(parent, out var ofParent)) verified[parent] = ofParent = new HashSet<string>(StringComparer.Ordinal);
                ofParent.UnionWith(controls);
                foreach (var control in controls.Where(c => allowed.TryGetValue(parent, out var a) && !a.Contains(c)))
                    problems.Add($"{record.CellLocation("ProviderControls")}: {id} links {control}, which {Whose(parent, checks, data)} ({string.Join(";", allowed[parent].OrderBy(c => c, StringComparer.Ordinal))}); a line verifies only measures its own check does.");
                if (!Enum.TryParse<NoMeaning>(record["NoMeans"], out var meaning) || record["NoMeans"] != meaning.ToString())
                {
                    problems.Add($"{record.CellLocation("NoMeans")}: '{record["NoMeans"]}' is not one of {string.Join(", ", Enum.GetNames(typeof(NoMeaning)))}.");
                    continue;
                }
                var models = ((ServiceModel[])Enum.GetValues(typeof(ServiceModel))).Where(m => !excluded[m].Contains(id)).ToList();
                if (meaning == NoMeaning.Gap) CheckGap(record, id, models, layers, problems);
                else CheckNoGap(record, id, meaning, problems);
                if (checks.TryGetValue(parent, out var check)) CheckUncovered(record, id, parent, check, meaning, controls, problems);
            }
            foreach (var check in checks.Values)
                foreach (var control in check.List("ProviderControls").Where(c => !(verified.TryGetValue(check["Id"], out var v) && v.Contains(c))))
                    problems.Add($"{check.CellLocation("ProviderControls")}: no sub-point of {check["Id"]} verifies {control} ({CatalogFiles.QuestionnaireItems}, ProviderControls); link it from the line that asks about it, or drop the link.");
        }

        /// <summary>Per check or disclosure item, the measures its lines may verify.</summary>
        private static Dictionary<string, HashSet<string>> Allowed(CatalogData data, Dictionary<string, CatalogRecord> checks)
        {
            var allowed = checks.ToDictionary(c => c.Key, c => new HashSet<string>(c.Value.List("ProviderControls"), StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var item in data[CatalogFiles.DisclosureItems].Records)
                allowed[item["Id"]] = new HashSet<string>(item.List("CheckItems").Where(checks.ContainsKey).SelectMany(c => checks[c].List("ProviderControls")), StringComparer.Ordinal);
            return allowed;
        }

        private static string Whose(string parent, Dictionary<string, CatalogRecord> checks, CatalogData data)
        {
            if (checks.ContainsKey(parent)) return $"its check {parent} does not verify";
            var covered = data[CatalogFiles.DisclosureItems].Records.FirstOrDefault(r => r["Id"] == parent)?.List("CheckItems") ?? Array.Empty<string>();
            return covered.Count == 0 ? $"{parent} covers no check to verify" : $"none of the checks {parent} covers ({string.Join(", ", covered)}) verifies";
        }

        private static void CheckGap(CatalogRecord record, string id, List<ServiceModel> models, QuestionnaireLayers layers, List<string> problems)
        {
            if (record["NoMeansReasonEn"].Length > 0)
                problems.Add($"{record.CellLocation("NoMeansReasonEn")}: a No to {id} is a gap in its layers (NoMeans Gap); NoMeansReason says why a No is not one, so it must be empty.");
            var entries = record.List("Layers");
            var readable = true;
            foreach (var entry in entries)
            {
                if (!QuestionnaireLayers.TryParse(entry, out var only, out var layer))
                {
                    problems.Add($"{record.CellLocation("Layers")}: '{entry}' is not a Layer, nor a ServiceModel and a Layer joined by ':' (IaaS:Virtualization).");
                    readable = false;
                }
                else if (only is ServiceModel model && !layers.ProviderRuns(model, layer))
                    problems.Add($"{record.CellLocation("Layers")}: '{entry}': the provider neither owns nor shares {layer} under {model} ({CatalogFiles.Matrix}), so a vendor's No is no gap there.");
            }
            // An entry that cannot be read is the problem to fix; what the rest leave under each model follows from it.
            foreach (var model in models.Where(m => readable && !layers.GapLayers(entries, m).Any()))
                problems.Add($"{record.CellLocation("Layers")}: under {model} the provider owns or shares none of the layers of {id} ('{record["Layers"]}'), so a No to it would be a gap in no layer the vendor's answer speaks for; list the layer it lies in under {model}.");
        }

        private static void CheckNoGap(CatalogRecord record, string id, NoMeaning meaning, List<string> problems)
        {
            if (record["NoMeansReasonEn"].Length == 0)
                problems.Add($"{record.CellLocation("NoMeansReasonEn")}: a No to {id} is no gap ({meaning}); say why in NoMeansReasonJa/NoMeansReasonEn.");
            if (record.List("ProviderControls").Count > 0)
                problems.Add($"{record.CellLocation("ProviderControls")}: a No to {id} is no gap ({meaning}), so an answer to it verifies no provider measure; link none, or make its NoMeans Gap.");
            if (record.List("Layers").Count > 0)
                problems.Add($"{record.CellLocation("Layers")}: a No to {id} is no gap ({meaning}), so it lies in no layer; leave Layers empty, or make its NoMeans Gap.");
        }

        /// <summary>A check's sub-point verifies no measure exactly when the check records it as uncovered, or a No to it is no gap.</summary>
        private static void CheckUncovered(CatalogRecord record, string id, string parent, CatalogRecord check, NoMeaning meaning, IReadOnlyList<string> controls, List<string> problems)
        {
            var uncovered = check.List("UncoveredSubPoints").Contains(id);
            if (uncovered && controls.Count > 0)
                problems.Add($"{record.CellLocation("ProviderControls")}: {parent} records {id} as uncovered (UncoveredSubPoints: no measure covers it), yet it links {string.Join(";", controls)}.");
            if (uncovered && meaning != NoMeaning.Gap)
                problems.Add($"{check.CellLocation("UncoveredSubPoints")}: {id} asks about no measure (NoMeans {meaning}), so it is no gap in the sources' measures; leave it out.");
            if (!uncovered && meaning == NoMeaning.Gap && controls.Count == 0)
                problems.Add($"{record.CellLocation("ProviderControls")}: {id} asks about a measure but verifies none; link the measure of {parent} it verifies, or record it in {parent}'s UncoveredSubPoints with a GapNote.");
        }
    }
}
