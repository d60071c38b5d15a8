using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The rules of the vendor questionnaire's data: every questionnaire line has its rules row;
    /// "not applicable" is accepted only with a reason and only under models the line applies to;
    /// every model a check does not apply to is excluded with a reason, and no exclusion
    /// contradicts a check's models; no spelling names two certifications. A line's own links and
    /// layers are QuestionnaireLineValidator's.
    /// </summary>
    internal static class QuestionnaireValidator
    {
        public static void Check(CatalogData data, List<string> problems)
        {
            var lines = Lines(data);
            var excluded = CheckExclusions(data, lines, problems);
            CheckItems(data[CatalogFiles.QuestionnaireItems], lines, excluded, problems);
            QuestionnaireLineValidator.Check(data, lines, excluded, problems);
            CheckCertifications(data[CatalogFiles.Certifications], problems);
        }

        /// <summary>Every questionnaire line by its parent: the checks' sub-points and the disclosure items' sub-items.</summary>
        private static Dictionary<string, List<string>> Lines(CatalogData data)
        {
            var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (parents, children) in new[] { (CatalogFiles.CheckItems, CatalogFiles.CheckSubPoints), (CatalogFiles.DisclosureItems, CatalogFiles.DisclosureSubItems) })
                foreach (var parent in data[parents].Records.Select(r => r["Id"]))
                    lines[parent] = data[children].Records.Select(r => r["Id"]).Where(id => id.StartsWith(parent + ".", StringComparison.Ordinal)).ToList();
            return lines;
        }

        /// <summary>Checks the exclusions; returns the lines excluded under each model.</summary>
        private static Dictionary<ServiceModel, HashSet<string>> CheckExclusions(CatalogData data, Dictionary<string, List<string>> lines, List<string> problems)
        {
            var excluded = Enum.GetValues(typeof(ServiceModel)).Cast<ServiceModel>().ToDictionary(m => m, _ => new HashSet<string>(StringComparer.Ordinal));
            var wholeItems = excluded.Keys.ToDictionary(m => m, _ => new HashSet<string>(StringComparer.Ordinal));
            var allLines = new HashSet<string>(lines.Values.SelectMany(l => l), StringComparer.Ordinal);
            foreach (var record in data[CatalogFiles.QuestionnaireExclusions].Records)
            {
                if (!Enum.TryParse<ServiceModel>(record["ServiceModel"], out var model) || !Enum.IsDefined(typeof(ServiceModel), model) || record["ServiceModel"] != model.ToString())
                {
                    problems.Add($"{record.CellLocation("ServiceModel")}: '{record["ServiceModel"]}' is not a ServiceModel.");
                    continue;
                }
                if (record.List("Items").Count == 0) problems.Add($"{record.CellLocation("Items")}: at least one item is required.");
                foreach (var id in record.List("Items"))
                {
                    List<string> covered;
                    if (lines.TryGetValue(id, out var children))
                    {
                        covered = children;
                        wholeItems[model].Add(id);
                    }
                    else if (allLines.Contains(id)) covered = new List<string> { id };
                    else
                    {
                        problems.Add($"{record.CellLocation("Items")}: '{id}' is not a check, disclosure item or questionnaire line.");
                        continue;
                    }
                    foreach (var line in covered)
                        if (!excluded[model].Add(line)) problems.Add($"{record.CellLocation("Items")}: '{line}' is excluded under {model} more than once.");
                }
            }
            foreach (var check in data[CatalogFiles.CheckItems].Records)
            {
                var models = check.List("ServiceModels");
                foreach (ServiceModel model in Enum.GetValues(typeof(ServiceModel)))
                {
                    var listed = models.Contains(model.ToString());
                    if (listed && wholeItems[model].Contains(check["Id"]))
                        problems.Add($"{CatalogFiles.QuestionnaireExclusions}: {check["Id"]} is excluded under {model}, which its ServiceModels in {CatalogFiles.CheckItems} lists.");
                    if (!listed && !wholeItems[model].Contains(check["Id"]))
                        problems.Add($"{check.CellLocation("ServiceModels")}: {check["Id"]} does not apply under {model}; say why in {CatalogFiles.QuestionnaireExclusions}.");
                }
            }
            return excluded;
        }

        private static void CheckItems(CatalogTable items, Dictionary<string, List<string>> lines, Dictionary<ServiceModel, HashSet<string>> excluded, List<string> problems)
        {
            var expected = new HashSet<string>(lines.Values.SelectMany(l => l), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in items.Records)
            {
                var id = record["Id"];
                seen.Add(id);
                if (!expected.Contains(id)) problems.Add($"{record.CellLocation("Id")}: '{id}' is not a check sub-point or disclosure sub-item.");
                var models = record.List("NotApplicableModels");
                if ((models.Count > 0) != (record["NotApplicableReasonEn"].Length > 0))
                    problems.Add($"{record.Location}: NotApplicableModels and NotApplicableReason must both be given or both be empty.");
                foreach (var text in models)
                {
                    if (!Enum.TryParse<ServiceModel>(text, out var model) || model.ToString() != text) problems.Add($"{record.CellLocation("NotApplicableModels")}: '{text}' is not a ServiceModel.");
                    else if (excluded[model].Contains(id)) problems.Add($"{record.CellLocation("NotApplicableModels")}: {id} does not apply under {model} at all ({CatalogFiles.QuestionnaireExclusions}), so no answer to it is judged there.");
                }
            }
            foreach (var line in expected.Where(l => !seen.Contains(l)).OrderBy(l => l, StringComparer.Ordinal))
                problems.Add($"{items.FileName}: no row for the questionnaire line '{line}'.");
        }

        private static void CheckCertifications(CatalogTable certifications, List<string> problems)
        {
            var owners = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var record in certifications.Records)
            {
                foreach (var variant in record.List("VariantsJa").Where(v => !JapaneseText.Contains(v)))
                    problems.Add($"{record.CellLocation("VariantsJa")}: '{variant}' has no Japanese text; put it in Variants.");
                foreach (var variant in record.List("Variants").Concat(record.List("VariantsJa")))
                {
                    var key = CertificationRecognizer.Key(variant);
                    if (key.Length == 0) problems.Add($"{record.Location}: the spelling '{variant}' has no letters or digits.");
                    else if (owners.TryGetValue(key, out var owner)) problems.Add($"{record.Location}: the spelling '{variant}' also names {owner}.");
                    else owners[key] = record["Id"];
                }
            }
        }
    }
}
