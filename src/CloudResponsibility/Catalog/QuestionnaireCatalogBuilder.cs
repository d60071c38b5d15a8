using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// Builds the vendor questionnaire of one language from the validated tables
    /// (questionnaire-items.csv, questionnaire-exclusions.csv, certifications.csv) and the checks,
    /// disclosure items and threats already built: each line with its own measures and the threats
    /// they mitigate, what a No to it means, and its gap layers under each model (the matrix's general split).
    /// </summary>
    internal sealed class QuestionnaireCatalogBuilder
    {
        private readonly CatalogData data;
        private readonly Language language;

        public QuestionnaireCatalogBuilder(CatalogData data, Language language)
        {
            this.data = data;
            this.language = language;
        }

        public QuestionnaireCatalog Build(IReadOnlyList<VendorCheckItem> checks, IReadOnlyList<DisclosureItem> disclosures, IReadOnlyList<CloudThreat> threats, IReadOnlyList<ProviderControl> controls)
        {
            var rules = data[CatalogFiles.QuestionnaireItems].Records.ToDictionary(r => r["Id"], StringComparer.Ordinal);
            var exclusions = Exclusions(checks, disclosures);
            var controlOrder = controls.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var layers = new QuestionnaireLayers(data);
            var items = new List<QuestionnaireItem>();
            // Each line verifies the measures the catalog links to it, not all of its check's: an answer speaks only of what it asks.
            foreach (var check in checks)
            {
                var area = (QuestionnaireArea)Enum.Parse(typeof(QuestionnaireArea), check.Area.ToString());
                foreach (var subPoint in check.SubPoints)
                    items.Add(Item(subPoint.Id, check.Id, items.Count + 1, area, check.Name, subPoint.Name, subPoint.Question,
                        new[] { check.Id }, threats, controlOrder, layers, rules[subPoint.Id], exclusions));
            }
            foreach (var disclosure in disclosures)
            {
                var covered = checks.Where(c => disclosure.CheckItemIds.Contains(c.Id)).Select(c => c.Id).ToArray();
                foreach (var subItem in disclosure.SubItems)
                    items.Add(Item(subItem.Id, disclosure.Id, items.Count + 1, QuestionnaireArea.Disclosure, disclosure.Name, subItem.Name, subItem.Question,
                        covered, threats, controlOrder, layers, rules[subItem.Id], exclusions));
            }
            var certifications = data[CatalogFiles.Certifications].Records
                .Select(r => new Certification(r["Id"], language, r[language == Language.Ja ? "NameJa" : "NameEn"], new ValueList<string>(r.List("Variants").Concat(r.List("VariantsJa"))), r["Source"]))
                .ToList();
            return new QuestionnaireCatalog(items, certifications, Crosswalk());
        }

        private QuestionnaireItem Item(string id, string parentId, int order, QuestionnaireArea area, string topic, string subject, string question,
            string[] checkIds, IReadOnlyList<CloudThreat> threats, Dictionary<string, int> controlOrder, QuestionnaireLayers layers, CatalogRecord rule,
            Dictionary<string, Dictionary<ServiceModel, string>> exclusions)
        {
            var controlIds = rule.List("ProviderControls").OrderBy(c => controlOrder[c]).ToArray();
            var entries = rule.List("Layers");
            var byModel = ((ServiceModel[])Enum.GetValues(typeof(ServiceModel)))
                .ToDictionary(m => m, m => (new ValueList<Layer>(QuestionnaireLayers.Under(entries, m)), new ValueList<Layer>(layers.GapLayers(entries, m))));
            return new QuestionnaireItem(id, parentId, order, area, language, topic, subject, question,
                new ValueList<string>(checkIds), new ValueList<string>(threats.Where(t => t.ProviderControlIds.Any(controlIds.Contains)).Select(t => t.Id)),
                new ValueList<string>(controlIds), new ValueList<Layer>(QuestionnaireLayers.All(entries)),
                Text(rule, "Evidence"), new ValueList<ServiceModel>(rule.List("NotApplicableModels").Select(Parse<ServiceModel>).OrderBy(m => m)),
                Text(rule, "NotApplicableReason"),
                exclusions.TryGetValue(id, out var reasons) ? reasons : new Dictionary<ServiceModel, string>(),
                Parse<NoMeaning>(rule["NoMeans"]), Text(rule, "NoMeansReason"), byModel);
        }

        /// <summary>Per line, the models it does not apply to and why: an exclusion of an item covers its lines.</summary>
        private Dictionary<string, Dictionary<ServiceModel, string>> Exclusions(IReadOnlyList<VendorCheckItem> checks, IReadOnlyList<DisclosureItem> disclosures)
        {
            var lines = checks.ToDictionary(c => c.Id, c => c.SubPoints.Select(s => s.Id).ToArray(), StringComparer.Ordinal);
            foreach (var disclosure in disclosures) lines[disclosure.Id] = disclosure.SubItems.Select(s => s.Id).ToArray();
            var result = new Dictionary<string, Dictionary<ServiceModel, string>>(StringComparer.Ordinal);
            foreach (var record in data[CatalogFiles.QuestionnaireExclusions].Records)
            {
                var model = Parse<ServiceModel>(record["ServiceModel"]);
                foreach (var id in record.List("Items"))
                    foreach (var line in lines.TryGetValue(id, out var children) ? children : new[] { id })
                    {
                        if (!result.TryGetValue(line, out var reasons)) result[line] = reasons = new Dictionary<ServiceModel, string>();
                        reasons[model] = Text(record, "Reason");
                    }
            }
            return result;
        }

        private CcmCrosswalk Crosswalk()
        {
            var labels = data[CatalogFiles.CcmControls].Records.ToDictionary(r => r["Id"], r => r["Label"], StringComparer.Ordinal);
            var links = new List<CcmLink>();
            var none = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var record in data[CatalogFiles.CcmCrosswalk].Records)
            {
                var control = record["Control"];
                if (control.Length == 0) none[record["Item"]] = Text(record, "Rationale");
                else links.Add(new CcmLink(record["Item"], control, labels[control], Text(record, "Rationale")));
            }
            return new CcmCrosswalk(links, none, labels);
        }

        private string Text(CatalogRecord record, string column) => record[column + (language == Language.Ja ? "Ja" : "En")];

        private static T Parse<T>(string value) where T : struct, Enum => (T)Enum.Parse(typeof(T), value);
    }
}
