using System;
using System.Collections.Generic;
using System.Globalization;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// What a findings document for people (Markdown, HTML) says when it was given nothing: no
    /// finding and no line of a service audited, as a clean night's <c>$findings | Export-CloudReport</c>
    /// gives it. It replaces the last report, so that no one reads last night's findings as
    /// tonight's. Its rows are where an as-of date comes from, so it states none; it cannot tell an
    /// audit that found nothing from one that never ran, and says so. It gives the day it was
    /// written instead, labelled as that, so that a page left from an earlier run is never taken
    /// for this one.
    /// </summary>
    internal sealed class NothingToReport
    {
        private readonly Language language;

        /// <summary>The document of a report given nothing, written today on this machine's calendar.</summary>
        public NothingToReport(Language language)
            : this(language, CalendarDate.Today)
        {
        }

        /// <summary>The document of a report given nothing, written on <paramref name="written"/>.</summary>
        public NothingToReport(Language language, DateTime written)
        {
            this.language = language;
            Written = written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        /// <summary>Whether the report was given nothing at all: neither a finding nor a summary line.</summary>
        public static bool Applies(IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited) =>
            findings.Count == 0 && audited.Count == 0;

        /// <summary>The day the report was written, as a date alone (2026-12-07).</summary>
        public string Written { get; }

        /// <summary>The report's title, the same as that of a report with findings.</summary>
        public string Heading => Messages.Format(language, MessageKey.ReportTitle);

        /// <summary>The title a browser's tab or a mail's preview shows: that there is nothing to report.</summary>
        public string Title => Messages.Format(language, MessageKey.ReportNothingTitle);

        /// <summary>That nothing was given to the report.</summary>
        public string Nothing => Messages.Format(language, MessageKey.ReportNothingToReport);

        /// <summary>The day written, and what a report of nothing cannot say.</summary>
        public string WrittenLine => Messages.Format(language, MessageKey.ReportWrittenOn, Written);
    }
}
