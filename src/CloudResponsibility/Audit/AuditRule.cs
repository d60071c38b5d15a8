using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// One rule of the audit (a row of audit-rules.csv) in one language: its stable ID, severity,
    /// title, the template of a finding's detail, and the rationale that cites the catalog or the
    /// guideline. Immutable.
    /// </summary>
    public sealed class AuditRule
    {
        internal AuditRule(string id, string category, FindingSeverity severity, string title, string detailTemplate, string rationale, string source, Language language)
        {
            Id = id;
            Category = category;
            Severity = severity;
            Title = title;
            DetailTemplate = detailTemplate;
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

        /// <summary>Why the rule exists, citing its source.</summary>
        public string Rationale { get; }

        /// <summary>The sections the rule rests on: <c>CSO §5; LEG-05</c>.</summary>
        public string Source { get; }

        /// <summary>The language of the texts.</summary>
        public Language Language { get; }

        /// <summary>The detail with the placeholders filled in; a placeholder without a value is left empty.</summary>
        public string Detail(IReadOnlyDictionary<string, string?> values)
        {
            var text = DetailTemplate;
            foreach (var placeholder in AuditRuleCatalog.Placeholders)
                text = text.Replace("{" + placeholder + "}", values.TryGetValue(placeholder, out var value) ? value ?? string.Empty : string.Empty);
            return text.Trim();
        }

        /// <inheritdoc />
        public override string ToString() => $"{Id} ({Severity}): {Title}";
    }
}
