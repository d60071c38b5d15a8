using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// Checks threat-relevance.csv beyond what every file is checked for: a known threat, known
    /// service models, deployment models, data flags and relevance, and for each threat rules that
    /// end in one without conditions (so every service gets a relevance) and never go past it (a
    /// rule after it would never decide).
    /// </summary>
    internal static class ThreatRelevanceValidator
    {
        public static void Check(CatalogData data, List<string> problems)
        {
            var rules = data[CatalogFiles.ThreatRelevance];
            var threats = data[CatalogFiles.Threats].Records.Select(r => r["Id"]).ToList();
            var defaults = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var record in rules.Records)
            {
                var threat = record["Threat"];
                if (!threats.Contains(threat, StringComparer.Ordinal)) problems.Add($"{record.CellLocation("Threat")}: '{threat}' is not a known threat.");
                Names<ServiceModel>(record, "ServiceModels", "service model", problems);
                Names<DeploymentModel>(record, "DeploymentModels", "deployment model", problems);
                Names<DataFlag>(record, "DataFlags", "data flag (" + string.Join(", ", Enum.GetNames(typeof(DataFlag))) + ")", problems);
                if (!Enum.GetNames(typeof(ThreatRelevance)).Contains(record["Relevance"], StringComparer.Ordinal))
                    problems.Add($"{record.CellLocation("Relevance")}: '{record["Relevance"]}' is not one of {string.Join(", ", Enum.GetNames(typeof(ThreatRelevance)))}.");
                if (defaults.TryGetValue(threat, out var defaultRow))
                    problems.Add($"{record.Location}: {threat} already has a rule without conditions on row {defaultRow}; this rule would never decide.");
                else if (record.List("ServiceModels").Count == 0 && record.List("DeploymentModels").Count == 0 && record.List("DataFlags").Count == 0)
                    defaults[threat] = record.Row;
            }
            foreach (var threat in threats.Where(t => !defaults.ContainsKey(t)))
                problems.Add($"{rules.FileName}: {threat} has no rule without conditions as its last rule, so some services would get no relevance.");
        }

        private static void Names<TEnum>(CatalogRecord record, string column, string what, List<string> problems) where TEnum : struct, Enum
        {
            foreach (var value in record.List(column))
                if (!Enum.GetNames(typeof(TEnum)).Contains(value, StringComparer.Ordinal))
                    problems.Add($"{record.CellLocation(column)}: '{value}' is not a known {what}.");
        }
    }
}
