using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The CCM crosswalk of one language (ccm-crosswalk.csv): the CCM v4 controls each questionnaire
    /// line corresponds to, and for a line with none, why. A vendor's CAIQ answers reach our lines
    /// through it: a question belongs to a control (<c>CEK-03.1</c> to <c>CEK-03</c>), the control to
    /// the lines linked to it. Part of a <see cref="QuestionnaireCatalog"/>; immutable.
    /// </summary>
    public sealed class CcmCrosswalk
    {
        private readonly Dictionary<string, List<CcmLink>> byItem;
        private readonly Dictionary<string, List<CcmLink>> byControl;
        private readonly Dictionary<string, string> noCounterpart;
        private readonly Dictionary<string, string> labels;

        /// <summary>A crosswalk without links (a catalog made for a test of something else).</summary>
        public static readonly CcmCrosswalk Empty = new CcmCrosswalk(Array.Empty<CcmLink>(), new Dictionary<string, string>(), new Dictionary<string, string>());

        internal CcmCrosswalk(IReadOnlyList<CcmLink> links, Dictionary<string, string> noCounterpart, Dictionary<string, string> labels)
        {
            Links = links;
            byItem = Group(links, l => l.ItemId);
            byControl = Group(links, l => l.ControlId);
            this.noCounterpart = new Dictionary<string, string>(noCounterpart, StringComparer.OrdinalIgnoreCase);
            this.labels = new Dictionary<string, string>(labels, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Every link, in file order.</summary>
        public IReadOnlyList<CcmLink> Links { get; }

        /// <summary>The CCM v4 control IDs the catalog knows, with our own short labels.</summary>
        public IReadOnlyDictionary<string, string> Controls => labels;

        /// <summary>The links of a questionnaire line; empty when it has none.</summary>
        public IReadOnlyList<CcmLink> LinksOf(string itemId) => byItem.TryGetValue(itemId, out var links) ? links : (IReadOnlyList<CcmLink>)Array.Empty<CcmLink>();

        /// <summary>The links to a CCM control (<c>CEK-03</c>); empty when no line corresponds to it.</summary>
        public IReadOnlyList<CcmLink> LinksTo(string controlId) => byControl.TryGetValue(controlId, out var links) ? links : (IReadOnlyList<CcmLink>)Array.Empty<CcmLink>();

        /// <summary>Why a line has no CCM counterpart; null for a line that has links (or no row).</summary>
        public string? NoCounterpartReason(string itemId) => noCounterpart.TryGetValue(itemId, out var reason) ? reason : null;

        /// <summary>Whether the catalog knows the CCM v4 control.</summary>
        public bool IsKnownControl(string controlId) => labels.ContainsKey(controlId);

        private static Dictionary<string, List<CcmLink>> Group(IEnumerable<CcmLink> links, Func<CcmLink, string> key) =>
            links.GroupBy(key, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
    }
}
