using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// Follows the catalog's links from any entry to entries of another kind — threat → provider
    /// controls, check → controls, disclosure item → checks, and back — so that one kind's objects
    /// (or just their IDs, e.g. from a spreadsheet) can be piped into the cmdlet of another.
    /// IDs are unambiguous across kinds (TH-, CTL-, CHK-, DIS-, LEG-, RN-), so an ID alone suffices.
    /// </summary>
    public static class CatalogLinks
    {
        /// <summary>The entry with this ID, of any kind; null when none has it.</summary>
        public static CatalogEntry? Find(CatalogView catalog, string id) =>
            catalog.AllEntries.FirstOrDefault(e => string.Equals(e.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// The entries of kind <typeparamref name="T"/> linked to <paramref name="source"/>, in catalog
        /// order; the entry itself when it is of that kind; empty when the kinds are not linked.
        /// </summary>
        public static IEnumerable<T> Follow<T>(CatalogView catalog, CatalogEntry source) where T : CatalogEntry
        {
            if (source is T same) return new[] { same };
            var ids = new HashSet<string>(LinkedIds(catalog, source, typeof(T)), StringComparer.Ordinal);
            return Entries<T>(catalog).Where(e => ids.Contains(e.Id));
        }

        private static IEnumerable<string> LinkedIds(CatalogView catalog, CatalogEntry source, Type target)
        {
            switch (source)
            {
                case CheckSubPoint subPoint when IsMeasureOrThreat(target):
                    return Line(catalog, subPoint.Id, target);
                case CheckSubPoint subPoint:
                    return Find(catalog, subPoint.CheckItemId) is VendorCheckItem parentCheck
                        ? LinkedIds(catalog, parentCheck, target).Concat(target == typeof(VendorCheckItem) ? new[] { parentCheck.Id } : Array.Empty<string>())
                        : Array.Empty<string>();
                case DisclosureSubItem subItem when IsMeasureOrThreat(target):
                    return Line(catalog, subItem.Id, target);
                case DisclosureSubItem subItem:
                    return Find(catalog, subItem.DisclosureItemId) is { } parentItem ? LinkedIds(catalog, parentItem, target).Concat(target == typeof(DisclosureItem) ? new[] { parentItem.Id } : Array.Empty<string>()) : Array.Empty<string>();
                case CloudThreat threat when target == typeof(ProviderControl):
                    return threat.ProviderControlIds;
                case CloudThreat threat when target == typeof(VendorCheckItem):
                    return catalog.ProviderControls.Where(c => threat.ProviderControlIds.Contains(c.Id)).SelectMany(c => c.CheckItemIds);
                case ProviderControl control when target == typeof(CloudThreat):
                    return control.ThreatIds;
                case ProviderControl control when target == typeof(VendorCheckItem):
                    return control.CheckItemIds;
                case VendorCheckItem check when target == typeof(ProviderControl):
                    return check.ProviderControlIds;
                case VendorCheckItem check when target == typeof(DisclosureItem):
                    return check.DisclosureItemIds;
                case VendorCheckItem check when target == typeof(CloudThreat):
                    return catalog.Threats.Where(t => t.ProviderControlIds.Any(check.ProviderControlIds.Contains)).Select(t => t.Id);
                case DisclosureItem item when target == typeof(VendorCheckItem):
                    return item.CheckItemIds;
                case ResponsibilityEntry cell when target == typeof(ResponsibilityNote):
                    return cell.NoteIds;
                case ResponsibilityNote note when target == typeof(ResponsibilityEntry):
                    return catalog.Matrix.Where(e => e.NoteIds.Contains(note.Id)).Select(e => e.Id);
                default:
                    return Array.Empty<string>();
            }
        }

        /// <summary>
        /// A questionnaire line's own measures and threats: an answer to it verifies what the line asks
        /// about, not everything its check or disclosure item covers (none for a sub-point the check
        /// records as a gap, or a line whose No is no gap).
        /// </summary>
        private static IEnumerable<string> Line(CatalogView catalog, string id, Type target) =>
            catalog.Questionnaire.Find(id) is not { } line ? Array.Empty<string>()
                : target == typeof(ProviderControl) ? line.ProviderControlIds : line.ThreatIds;

        private static bool IsMeasureOrThreat(Type target) => target == typeof(ProviderControl) || target == typeof(CloudThreat);

        private static IEnumerable<T> Entries<T>(CatalogView catalog) where T : CatalogEntry =>
            catalog.AllEntries.OfType<T>();
    }
}
