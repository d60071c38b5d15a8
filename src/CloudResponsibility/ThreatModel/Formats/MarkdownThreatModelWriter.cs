using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Catalog;
using CloudResponsibility.Localization;

namespace CloudResponsibility.ThreatModel.Formats
{
    /// <summary>
    /// A threat model to read and review: per service, its matrix, each threat with its relevance
    /// and both sides' mitigations, and the checks to ask the vendor about, with their questions.
    /// UTF-8 without BOM, LF line ends.
    /// </summary>
    public sealed class MarkdownThreatModelWriter : ThreatModelWriter
    {
        /// <summary>Creates a writer.</summary>
        public MarkdownThreatModelWriter(CatalogView catalog, string catalogVersion) : base(catalog, catalogVersion)
        {
        }

        /// <inheritdoc />
        public override bool HoldsManyServices => true;

        /// <inheritdoc />
        public override string Extension => ".md";

        /// <inheritdoc />
        public override void Write(Stream stream, IReadOnlyList<ServiceThreatModel> models)
        {
            var text = new StringBuilder();
            for (var i = 0; i < models.Count; i++)
            {
                if (i > 0) text.Append('\n');
                Service(text, models[i]);
            }
            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            stream.Write(bytes, 0, bytes.Length);
        }

        private void Service(StringBuilder text, ServiceThreatModel model)
        {
            var service = model.Service;
            Line(text, "# " + Label(MessageKey.ThreatModelTitle, Inline(service.ServiceName)));
            Line(text);
            Line(text, "| | |");
            Line(text, "|---|---|");
            Line(text, $"| {Label(MessageKey.ThreatModelVendor)} | {Cell(service.Vendor ?? Label(MessageKey.ThreatModelNotRecorded))} |");
            Line(text, $"| {Label(MessageKey.ThreatModelServiceModel)} | {service.ServiceModel} |");
            Line(text, $"| {Label(MessageKey.ThreatModelDeploymentModel)} | {DeploymentText(service)} |");
            Line(text, $"| {Label(MessageKey.ThreatModelCatalogVersion)} | {CatalogVersion} |");
            Line(text);
            Line(text, "## " + Label(MessageKey.ThreatModelMatrix));
            Line(text);
            Line(text, $"| {Label(MessageKey.ThreatModelLayer)} | {Label(MessageKey.ThreatModelOwner)} | {Label(MessageKey.ThreatModelClause)} |");
            Line(text, "|---|---|---|");
            foreach (var row in model.Matrix)
                Line(text, $"| {Cell(row.LayerName)} | {row.Owner} | {Cell(row.Clause ?? "")} |");
            Line(text);
            Line(text, "## " + Label(MessageKey.ThreatModelThreats));
            foreach (var entry in model.Entries)
            {
                Line(text);
                Line(text, $"### {entry.ThreatId} {Inline(entry.Name)}: {entry.Relevance}");
                Line(text);
                Line(text, Inline(entry.Description));
                Line(text);
                Line(text, $"- {Label(MessageKey.ThreatModelRelevance)}: {entry.Relevance} ({entry.RelevanceRule}): {Inline(entry.RelevanceRationale)}");
                Line(text, $"- {Label(MessageKey.ThreatModelAttackTechniques)}: {(entry.AttackTechniques.Count > 0 ? string.Join(", ", entry.AttackTechniques) : Label(MessageKey.ThreatModelNone))}");
                Line(text, $"- {Label(MessageKey.ThreatModelResidualOwner)}: {entry.Owner}");
                Line(text);
                Line(text, $"{Label(MessageKey.ThreatModelProviderMitigations)}:");
                Line(text);
                foreach (var mitigation in entry.ProviderMitigations) Line(text, "- " + Inline(ProviderMitigationText(mitigation)));
                Line(text);
                Line(text, $"{Label(MessageKey.ThreatModelCustomerMitigations)}:");
                Line(text);
                if (entry.CustomerMitigations.Count == 0) Line(text, "- " + Label(MessageKey.ThreatModelNone));
                foreach (var mitigation in entry.CustomerMitigations) Line(text, "- " + Inline(CustomerMitigationText(mitigation)));
            }
            Line(text);
            Line(text, "## " + Label(MessageKey.ThreatModelOpenQuestions));
            Line(text);
            var asked = new HashSet<string>(model.Entries.SelectMany(e => e.VerifyingChecks));
            var checks = Catalog.CheckItems.Where(c => asked.Contains(c.Id)).ToList();
            if (checks.Count == 0) Line(text, Label(MessageKey.ThreatModelNoQuestions));
            foreach (var check in checks)
            {
                Line(text, $"- {check.Id} {Inline(check.Name)}");
                foreach (var subPoint in check.SubPoints) Line(text, $"  - {subPoint.Id}: {Inline(subPoint.Question)}");
            }
        }

        private static void Line(StringBuilder text, string line = "") => text.Append(line).Append('\n');

        // Text from the catalog and the inventory stays on its line, and a table cell keeps its pipes as text.
        private static string Inline(string text) => text.Replace("\r", " ").Replace("\n", " ");

        private static string Cell(string text) => Inline(text).Replace("|", "\\|");
    }
}
