using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The rules of the CCM crosswalk (ccm-crosswalk.csv): every control belongs to a known CCM
    /// domain; every questionnaire line has a row; a link names a known CCM control, once per line;
    /// a line without a counterpart has exactly one row, without a control, whose rationale says why.
    /// </summary>
    internal static class CrosswalkValidator
    {
        public static void Check(CatalogData data, List<string> problems)
        {
            var domains = new HashSet<string>(data[CatalogFiles.CcmDomains].Records.Select(r => r["Id"]), StringComparer.Ordinal);
            foreach (var control in data[CatalogFiles.CcmControls].Records.Where(r => !domains.Contains(DomainOf(r["Id"]))))
                problems.Add($"{control.CellLocation("Id")}: '{control["Id"]}' is in no domain of {CatalogFiles.CcmDomains}.");

            var controls = new HashSet<string>(data[CatalogFiles.CcmControls].Records.Select(r => r["Id"]), StringComparer.Ordinal);
            var lines = data[CatalogFiles.CheckSubPoints].Records.Concat(data[CatalogFiles.DisclosureSubItems].Records).Select(r => r["Id"]).ToList();
            var known = new HashSet<string>(lines, StringComparer.Ordinal);
            var rows = new Dictionary<string, List<CatalogRecord>>(StringComparer.Ordinal);
            foreach (var record in data[CatalogFiles.CcmCrosswalk].Records)
            {
                var item = record["Item"];
                if (!known.Contains(item)) problems.Add($"{record.CellLocation("Item")}: '{item}' is not a check sub-point or disclosure sub-item.");
                var control = record["Control"];
                if (control.Length > 0 && !controls.Contains(control))
                    problems.Add($"{record.CellLocation("Control")}: '{control}' is not a known CCM v4 control ({CatalogFiles.CcmControls}).");
                if (!rows.TryGetValue(item, out var list)) rows[item] = list = new List<CatalogRecord>();
                if (control.Length > 0 && list.Any(r => r["Control"] == control)) problems.Add($"{record.Location}: {item} is linked to {control} twice.");
                list.Add(record);
            }
            foreach (var line in lines)
            {
                if (!rows.TryGetValue(line, out var list))
                {
                    problems.Add($"{CatalogFiles.CcmCrosswalk}: no row for the questionnaire line '{line}'; link it to its CCM controls, or say in a row without a control why it has none.");
                    continue;
                }
                if (list.Count > 1 && list.Any(r => r["Control"].Length == 0))
                    problems.Add($"{list.First(r => r["Control"].Length == 0).Location}: {line} has links, so a row saying it has no CCM counterpart contradicts them.");
            }
        }

        /// <summary>The domain of a control ID: <c>A&amp;A</c> of <c>A&amp;A-01</c>.</summary>
        public static string DomainOf(string controlId)
        {
            var dash = controlId.IndexOf('-');
            return dash < 0 ? controlId : controlId.Substring(0, dash);
        }
    }
}
