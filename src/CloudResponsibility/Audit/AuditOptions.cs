using System;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Audit
{
    /// <summary>How an audit judges. Immutable: start from <see cref="Default"/> and change what differs.</summary>
    public sealed record AuditOptions
    {
        /// <summary>Today, English, no age limit, Japan as home.</summary>
        public static AuditOptions Default { get; } = new AuditOptions();

        private readonly DateTime asOf = CalendarDate.Today;

        /// <summary>
        /// The date the audit judges at: validities, suppressions and questionnaire ages are measured
        /// from it. A calendar date (<see cref="CalendarDate"/>), whatever the time or zone it is given with.
        /// </summary>
        public DateTime AsOf { get => asOf; init => asOf = CalendarDate.Of(value); }

        /// <summary>The oldest a questionnaire may be before it is out of date; null for no limit.</summary>
        public TimeSpan? MaxAge { get; init; }

        /// <summary>The language of the findings' titles and details.</summary>
        public Language Language { get; init; } = Language.En;

        /// <summary>The customer's home country, which "abroad" is judged against (ISO 3166 alpha-2).</summary>
        public string HomeCountry { get; init; } = LegalEvaluator.DefaultHomeCountry;

        /// <summary>Whether services are expected to have a questionnaire: false when the audit was given no questionnaires at all.</summary>
        public bool ExpectQuestionnaires { get; init; }

        /// <summary>Where the questionnaires were looked for, as the findings name it.</summary>
        public string? QuestionnaireFolder { get; init; }
    }
}
