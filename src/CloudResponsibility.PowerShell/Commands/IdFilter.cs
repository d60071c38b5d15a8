using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Matches entries against <c>-Id</c> values (wildcards allowed, case-insensitive) and remembers
    /// which literal IDs matched nothing, so the cmdlet can report each as an error record.
    /// </summary>
    internal sealed class IdFilter
    {
        private readonly List<(string Text, WildcardPattern Pattern, bool Literal)> patterns;
        private readonly HashSet<string> matchedLiterals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public IdFilter(IEnumerable<string>? ids)
        {
            patterns = (ids ?? Enumerable.Empty<string>())
                .Where(id => !string.IsNullOrWhiteSpace(id))
                .Select(id => (id.Trim(), new WildcardPattern(id.Trim(), WildcardOptions.IgnoreCase), !WildcardPattern.ContainsWildcardCharacters(id)))
                .ToList();
        }

        public bool IsEmpty => patterns.Count == 0;

        public bool Matches(CatalogEntry entry) => Matches(entry.Id);

        public bool Matches(string id)
        {
            if (patterns.Count == 0) return true;
            var any = false;
            foreach (var (text, pattern, literal) in patterns)
            {
                if (!pattern.IsMatch(id)) continue;
                any = true;
                if (literal) matchedLiterals.Add(text);
            }
            return any;
        }

        /// <summary>The literal IDs that matched no entry.</summary>
        public IEnumerable<string> Unmatched => patterns.Where(p => p.Literal && !matchedLiterals.Contains(p.Text)).Select(p => p.Text);
    }
}
