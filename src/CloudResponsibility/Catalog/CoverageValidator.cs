using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The coverage rules of the catalog: every provider measure is verified by a pre-contract check
    /// or the catalog says why none does; a check records the sub-points no measure covers as a gap,
    /// and still covers something through its links. Gaps are data, so a weak link is never the
    /// way to make a check look covered.
    /// </summary>
    internal static class CoverageValidator
    {
        public static void Check(CatalogData data, List<string> problems)
        {
            var checks = data[CatalogFiles.CheckItems].Records;
            var verifiers = checks
                .SelectMany(c => c.List("ProviderControls").Select(control => (Control: control, Check: c["Id"])))
                .ToLookup(p => p.Control, p => p.Check, StringComparer.Ordinal);
            foreach (var control in data[CatalogFiles.ProviderControls].Records)
            {
                var id = control["Id"];
                var hasReason = control["NoCheckReasonEn"].Length > 0;
                if (!verifiers.Contains(id) && !hasReason)
                    problems.Add($"{control.Location}: no check item verifies {id}; link one in {CatalogFiles.CheckItems} (ProviderControls) or say why none does in NoCheckReasonJa/NoCheckReasonEn.");
                if (verifiers.Contains(id) && hasReason)
                    problems.Add($"{control.CellLocation("NoCheckReasonEn")}: {id} is verified by {string.Join(", ", verifiers[id])}; the reason why no check verifies it must go.");
            }

            var subPoints = data[CatalogFiles.CheckSubPoints].Records.Select(r => r["Id"]).ToList();
            foreach (var check in checks)
            {
                var id = check["Id"];
                var uncovered = check.List("UncoveredSubPoints");
                var own = subPoints.Where(s => s.StartsWith(id + ".", StringComparison.Ordinal)).ToList();
                foreach (var subPoint in uncovered.Where(s => !own.Contains(s)))
                    problems.Add($"{check.CellLocation("UncoveredSubPoints")}: '{subPoint}' is not a sub-point of {id}.");
                if ((uncovered.Count > 0) != (check["GapNoteEn"].Length > 0))
                    problems.Add($"{check.Location}: UncoveredSubPoints and GapNote must both be given or both be empty.");
                if (own.Count > 0 && own.All(uncovered.Contains))
                    problems.Add($"{check.CellLocation("UncoveredSubPoints")}: every sub-point of {id} is uncovered, so the provider controls it links verify nothing.");
            }
        }
    }
}
