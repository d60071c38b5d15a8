using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Catalog
{
    /// <summary>Turns validated tables into the typed objects of one language, links included both ways.</summary>
    internal sealed class CatalogBuilder
    {
        private readonly CatalogData data;
        private readonly Language language;

        public CatalogBuilder(CatalogData data, Language language)
        {
            this.data = data;
            this.language = language;
        }

        public CatalogView Build()
        {
            var threatsRows = data[CatalogFiles.Threats].Records;
            var checkRows = data[CatalogFiles.CheckItems].Records;
            var disclosureRows = data[CatalogFiles.DisclosureItems].Records;
            var layerNames = data[CatalogFiles.Layers].Records.ToDictionary(r => Parse<Layer>(r["Id"]), r => Text(r, "Name"));

            var serviceModels = data[CatalogFiles.ServiceModels].Records
                .Select(r => new ServiceModelInfo(Parse<ServiceModel>(r["Id"]), language, Text(r, "Name"), Text(r, "Description"), Text(r, "Examples"), r["Source"]))
                .OrderBy(m => m.ServiceModel).ToList();
            var deploymentModels = data[CatalogFiles.DeploymentModels].Records
                .Select(r => new DeploymentModelInfo(Parse<DeploymentModel>(r["Id"]), language, Text(r, "Name"), Text(r, "Description"), r["Source"]))
                .OrderBy(m => m.DeploymentModel).ToList();
            var layers = data[CatalogFiles.Layers].Records
                .Select(r => new LayerInfo(Parse<Layer>(r["Id"]), language, Text(r, "Name"), Text(r, "Description"), r["Source"]))
                .OrderBy(l => l.Layer).ToList();
            var matrix = data[CatalogFiles.Matrix].Records
                .Select(r =>
                {
                    var layer = Parse<Layer>(r["Layer"]);
                    return new ResponsibilityEntry(Parse<ServiceModel>(r["ServiceModel"]), layer, Parse<Owner>(r["Owner"]), language, layerNames[layer],
                        Text(r, "CustomerDuty"), Text(r, "ProviderDuty"), r["Source"], Ids(r, "Notes"));
                })
                .OrderBy(e => e.ServiceModel).ThenBy(e => e.Layer).ToList();
            var notes = data[CatalogFiles.Notes].Records
                .Select(r => new ResponsibilityNote(r["Id"], language, Text(r, "Name"), Text(r, "Description"), r["Source"],
                    new ValueList<ServiceModel>(r.List("ServiceModels").Select(Parse<ServiceModel>))))
                .ToList();
            var threats = threatsRows
                .Select(r => new CloudThreat(r["Id"], Parse<ThreatCategory>(r["Category"]), language, Text(r, "Name"), Text(r, "Description"), Text(r, "Example"), r["Source"],
                    Ids(r, "ProviderControls"), new ValueList<Layer>(r.List("CustomerLayers").Select(Parse<Layer>).OrderBy(l => l)),
                    Ids(r, "AttackTechniques"), Ids(r, "Iso27017"), Ids(r, "Ccm")))
                .ToList();
            var controls = data[CatalogFiles.ProviderControls].Records
                .Select(r => new ProviderControl(r["Id"], Parse<ControlKind>(r["Kind"]), language, Text(r, "Name"), Text(r, "Description"), Text(r, "Purpose"), r["Source"],
                    Ids(r, "Iso27017"), Ids(r, "Ccm"),
                    Referrers(threatsRows, "ProviderControls", r["Id"]), Referrers(checkRows, "ProviderControls", r["Id"]), Text(r, "NoCheckReason")))
                .ToList();
            var subPoints = data[CatalogFiles.CheckSubPoints].Records;
            var checks = checkRows
                .Select(r => new VendorCheckItem(r["Id"], Parse<CheckArea>(r["Area"]), language, Text(r, "Name"), Text(r, "Description"), r["Source"],
                    new ValueList<CheckSubPoint>(Children(subPoints, r["Id"]).Select(s => new CheckSubPoint(s.Id, r["Id"], s.Position, language, Text(s.Record, "Name"), Text(s.Record, "Question"), r["Source"]))),
                    Ids(r, "ProviderControls"), new ValueList<ServiceModel>(r.List("ServiceModels").Select(Parse<ServiceModel>).OrderBy(m => m)),
                    Text(r, "ServiceModelNote"), Ids(r, "Iso27017"), Ids(r, "Ccm"), Referrers(disclosureRows, "CheckItems", r["Id"]),
                    Ids(r, "UncoveredSubPoints"), Text(r, "GapNote")))
                .ToList();
            var subItems = data[CatalogFiles.DisclosureSubItems].Records;
            var disclosures = disclosureRows
                .Select(r => new DisclosureItem(r["Id"], language, Text(r, "Name"), Text(r, "Description"), r["Source"],
                    new ValueList<DisclosureSubItem>(Children(subItems, r["Id"]).Select(s => new DisclosureSubItem(s.Id, r["Id"], s.Position, language, Text(s.Record, "Name"), Text(s.Record, "Question"), r["Source"]))),
                    Ids(r, "CheckItems")))
                .ToList();
            var legal = data[CatalogFiles.LegalConsiderations].Records
                .Select(r => new LegalConsideration(r["Id"], language, Text(r, "Name"), Text(r, "Description"), Text(r, "Condition"), Text(r, "CurrentLaw"), r["Source"],
                    r["Trigger"], new ValueList<string>(LegalTrigger.Parse(r["Trigger"]).Attributes.Select(a => a.ToString())), Ids(r, "Iso27017"), Ids(r, "Ccm")))
                .ToList();
            var references = data[CatalogFiles.AttackTechniques].Records.Select(r => new ReferenceControl("ATT&CK", r["Id"], r["Name"]))
                .Concat(data[CatalogFiles.Iso27017Controls].Records.Select(r => new ReferenceControl(IsoFramework(r["Id"]), r["Id"], r["Title"])))
                .Concat(data[CatalogFiles.CcmDomains].Records.Select(r => new ReferenceControl("CSA CCM", r["Id"], r["Label"])))
                .ToList();

            var questionnaire = new QuestionnaireCatalogBuilder(data, language).Build(checks, disclosures, threats, controls);
            var relevanceRules = data[CatalogFiles.ThreatRelevance].Records
                .Select(r => new ThreatRelevanceRule(r["Id"], r["Threat"],
                    new ValueList<ServiceModel>(r.List("ServiceModels").Select(Parse<ServiceModel>)),
                    new ValueList<DeploymentModel>(r.List("DeploymentModels").Select(Parse<DeploymentModel>)),
                    new ValueList<DataFlag>(r.List("DataFlags").Select(Parse<DataFlag>)),
                    Parse<ThreatRelevance>(r["Relevance"]), language, Text(r, "Rationale"), r["Source"]))
                .ToList();

            return new CatalogView(language, serviceModels, deploymentModels, layers, matrix, notes, threats, controls, checks, disclosures, legal, references, questionnaire, relevanceRules);
        }

        /// <summary>ISO/IEC 27017's own controls are numbered CLD.…; the others are ISO/IEC 27002 controls it applies to cloud services.</summary>
        private static string IsoFramework(string id) =>
            id.StartsWith("CLD.", StringComparison.Ordinal) ? ReferenceControl.Iso27017 : ReferenceControl.Iso27002;

        private string Text(CatalogRecord record, string column) => record[column + (language == Language.Ja ? "Ja" : "En")];

        private static ValueList<string> Ids(CatalogRecord record, string column) => new ValueList<string>(record.List(column));

        private static ValueList<string> Referrers(IEnumerable<CatalogRecord> rows, string column, string id) =>
            new ValueList<string>(rows.Where(r => r.List(column).Contains(id)).Select(r => r["Id"]));

        private static IEnumerable<(string Id, int Position, CatalogRecord Record)> Children(IEnumerable<CatalogRecord> rows, string parentId) =>
            rows.Where(r => r["Id"].StartsWith(parentId + ".", StringComparison.Ordinal))
                .Select(r => (r["Id"], int.Parse(r["Id"].Substring(parentId.Length + 1), CultureInfo.InvariantCulture), r))
                .OrderBy(c => c.Item2);

        private static T Parse<T>(string value) where T : struct, Enum => (T)Enum.Parse(typeof(T), value);
    }
}
