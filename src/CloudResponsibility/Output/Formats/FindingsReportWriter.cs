using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CloudResponsibility.Audit;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// What the findings reports (SARIF, JUnit, Markdown, HTML) share: they are documents about
    /// Invoke-CloudAudit's findings, not tables of any object, so the rows are collected and the
    /// document is written once they are all in (<see cref="Finish"/>), UTF-8 without a byte order
    /// mark. Rows come as Finding objects or as the cells of a findings CSV read back, and may be
    /// joined by the lines of <c>Invoke-CloudAudit -Summary</c> (or their CSV): the services
    /// audited, so that those without findings are in the report too. Each row keeps its own
    /// columns (<see cref="TakesNamedRows"/>), since the two kinds have different ones.
    /// </summary>
    public abstract class FindingsReportWriter : ReportWriter
    {
        private readonly Stream stream;
        private readonly List<(IReadOnlyList<string> Names, IReadOnlyList<object?> Values)> rows = new List<(IReadOnlyList<string>, IReadOnlyList<object?>)>();
        private IReadOnlyList<string> columns = Array.Empty<string>();
        private object?[]? row;
        private int cell;

        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        protected FindingsReportWriter(Stream stream, ReportOptions options)
        {
            this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
            Options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <summary>The report's options: <see cref="ReportOptions.FailOn"/> decides what fails.</summary>
        protected ReportOptions Options { get; }

        /// <summary>The severity at or above which an open finding fails.</summary>
        internal FindingSeverity Threshold => Options.FailOn ?? FindingSeverity.Info;

        /// <inheritdoc />
        public override void WriteHeader(IReadOnlyList<string> columns) => this.columns = columns;

        /// <inheritdoc />
        public override void StartRow()
        {
            row = new object?[columns.Count];
            cell = 0;
        }

        /// <inheritdoc />
        public override void Cell(object? value)
        {
            if (row is not null && cell < row.Length) row[cell] = value;
            cell++;
        }

        /// <inheritdoc />
        public override void EndRow()
        {
            if (row is not null) rows.Add((columns, row));
            row = null;
        }

        /// <inheritdoc />
        public override bool TakesNamedRows => true;

        /// <inheritdoc />
        public override void Row(IReadOnlyList<string> names, IReadOnlyList<object?> values) => rows.Add((names, values));

        /// <inheritdoc />
        public override void Finish()
        {
            var findings = new List<FindingRecord>(rows.Count);
            var services = new List<AuditedServiceRecord>();
            foreach (var (names, values) in rows)
            {
                var number = findings.Count + services.Count + 1;
                if (AuditedServiceRecord.IsOne(names)) services.Add(AuditedServiceRecord.Read(names, values, number));
                else findings.Add(FindingRecord.Read(names, values, number));
            }
            rows.Clear();
            // The findings' language; without a finding, the one the report was asked for (the cmdlet's -Language).
            var language = findings.Count == 0 ? Options.Language
                : string.Equals(findings[0].Language, nameof(Model.Language.Ja), StringComparison.OrdinalIgnoreCase) ? Model.Language.Ja : Model.Language.En;
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" })
            {
                Render(writer, findings, services, language);
            }
            stream.Flush();
        }

        /// <summary>Writes the document.</summary>
        /// <param name="writer">The report's text, UTF-8.</param>
        /// <param name="findings">The findings, in the order they came.</param>
        /// <param name="audited">The services the audit's summary lines say were audited, in the order they came; empty without them.</param>
        /// <param name="language">The language of the findings' text (from the first; without one, <see cref="ReportOptions.Language"/>), for the report's own labels.</param>
        internal abstract void Render(TextWriter writer, IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language);
    }
}
