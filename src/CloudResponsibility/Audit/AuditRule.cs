using System;
using System.Collections.Generic;
using System.Text;
using CloudResponsibility.Model;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// One rule of the audit (a row of audit-rules.csv) in one language: its stable ID, severity,
    /// title, the templates of a finding's detail and of the action that answers it, and the
    /// rationale that cites the catalog or the guideline. Immutable.
    /// </summary>
    public sealed class AuditRule
    {
        private (string Text, int Placeholder)[]? detailSegments;
        private (string Text, int Placeholder)[]? actionSegments;

        // One builder per thread, as the runtime's own StringBuilderCache: a detail and an action are made for every finding.
        [ThreadStatic]
        private static StringBuilder? textBuilder;

        internal AuditRule(string id, string category, FindingSeverity severity, string title, string detailTemplate, string actionTemplate, string rationale, string source, Language language)
        {
            Id = id;
            Category = category;
            Severity = severity;
            Title = title;
            DetailTemplate = detailTemplate;
            ActionTemplate = actionTemplate;
            Rationale = rationale;
            Source = source;
            Language = language;
        }

        /// <summary>The stable ID: <c>LEG-nn</c> (a legal point of the catalog), <c>VND-nn</c>, <c>QST-nn</c>, <c>OWN-nn</c>.</summary>
        public string Id { get; }

        /// <summary>Legal, Vendor, Questionnaire, Ownership or Threat.</summary>
        public string Category { get; }

        /// <summary>The severity of every finding of the rule.</summary>
        public FindingSeverity Severity { get; }

        /// <summary>What a finding of the rule says, in a line.</summary>
        public string Title { get; }

        /// <summary>A finding's detail, with <c>{Service}</c>, <c>{Subject}</c>, <c>{Value}</c> … to fill in.</summary>
        public string DetailTemplate { get; }

        /// <summary>What to do about a finding: the next step for whoever acts on it, with placeholders of <see cref="DetailTemplate"/> only (the validator checks).</summary>
        public string ActionTemplate { get; }

        /// <summary>Why the rule exists, citing its source.</summary>
        public string Rationale { get; }

        /// <summary>The sections the rule rests on: <c>CSO §5; LEG-05</c>.</summary>
        public string Source { get; }

        /// <summary>The language of the texts.</summary>
        public Language Language { get; }

        /// <summary>The detail with the placeholders filled in; a placeholder without a value is left empty.</summary>
        public string Detail(in DetailValues values) => Fill(detailSegments ??= Segments(DetailTemplate), values);

        /// <summary>The action with the placeholders filled in; a placeholder without a value is left empty.</summary>
        public string Action(in DetailValues values) => Fill(actionSegments ??= Segments(ActionTemplate), values);

        private static string Fill((string Text, int Placeholder)[] parts, in DetailValues values)
        {
            // A template is split once into text and placeholders: it is filled for every finding.
            var builder = textBuilder ??= new StringBuilder(256);
            builder.Clear();
            foreach (var (text, placeholder) in parts)
                builder.Append(placeholder < 0 ? text : values[placeholder]);
            var filled = builder.ToString().Trim();
            // A rare long text (a long message) does not keep its buffer alive for the thread's life.
            if (builder.Capacity > 4096) textBuilder = null;
            return filled;
        }

        private static (string Text, int Placeholder)[] Segments(string template)
        {
            var parts = new List<(string, int)>();
            var start = 0;
            while (start < template.Length)
            {
                var open = template.IndexOf('{', start);
                var close = open < 0 ? -1 : template.IndexOf('}', open);
                var index = close < 0 ? -1 : Array.IndexOf(AuditRuleCatalog.Placeholders, template.Substring(open + 1, close - open - 1));
                if (index < 0)
                {
                    var end = open < 0 ? template.Length : open + 1;
                    parts.Add((template.Substring(start, end - start), -1));
                    start = end;
                    continue;
                }
                if (open > start) parts.Add((template.Substring(start, open - start), -1));
                parts.Add((string.Empty, index));
                start = close + 1;
            }
            return parts.ToArray();
        }

        /// <inheritdoc />
        public override string ToString() => $"{Id} ({Severity}): {Title}";
    }
}
