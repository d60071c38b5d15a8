using System.Text;
using CloudResponsibility.Text;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// How a report file is written. Immutable: start from <see cref="Default"/> and change what
    /// differs, as in <c>ReportOptions.Default with { Delimiter = ';' }</c>. The defaults suit
    /// Excel: UTF-8 with BOM, comma, formula cells neutralised.
    /// </summary>
    public sealed record ReportOptions
    {
        /// <summary>UTF-8 with a byte order mark, which Excel needs to read Japanese text correctly.</summary>
        public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

        /// <summary>The options of a new CSV or JSON report as Excel reads it.</summary>
        public static ReportOptions Default { get; } = new ReportOptions();

        /// <summary>The text encoding of a CSV report; UTF-8 with BOM by default. JSON is always UTF-8 (RFC 8259).</summary>
        public Encoding Encoding { get; init; } = Utf8WithBom;

        /// <summary>
        /// Whether <see cref="Encoding"/> was chosen rather than left at its default. Appending, a
        /// chosen encoding must be the file's own (else <see cref="ReportEncodingMismatchException"/>);
        /// one left at its default gives way to the file's.
        /// </summary>
        public bool EncodingChosen { get; init; }

        /// <summary>
        /// The CSV field separator: any ASCII character but the quote and line breaks. Null (the
        /// default) goes by the report's name: tab for a .tsv file, else ','.
        /// </summary>
        public char? Delimiter { get; init; }

        /// <summary>
        /// Whether CSV cells that start with = + - @ tab or CR get a leading apostrophe, so a spreadsheet
        /// shows them as text instead of running them as formulas (OWASP's advice for CSV injection).
        /// </summary>
        public bool FormulaProtection { get; init; } = true;

        /// <summary>
        /// Whether rows are added to an existing file instead of replacing it: under its header, in
        /// its own encoding, with the file locked from <see cref="ReportSession.Open(string, ReportFormat, ReportOptions, System.Threading.CancellationToken)"/>
        /// to the end of the session (another append to it waits meanwhile).
        /// </summary>
        public bool Append { get; init; }

        /// <summary>With <see cref="Append"/>: whether rows whose columns differ from the file's header are let in, matched to it by name.</summary>
        public bool MatchColumnsByName { get; init; }

        /// <summary>Whether a read-only destination is replaced; it is read-only again afterwards.</summary>
        public bool ReplaceReadOnly { get; init; }

        /// <summary>
        /// For the findings reports: the severity at or above which an open finding (neither
        /// suppressed nor resolved) is a failure (JUnit) or an error (SARIF); every open finding when null.
        /// </summary>
        public Audit.FindingSeverity? FailOn { get; init; }

        /// <summary>
        /// For the findings reports: the language of the document's own labels when no finding says
        /// one, as in a report of no findings at all; English by default. A finding's own language wins.
        /// </summary>
        public Model.Language Language { get; init; } = Model.Language.En;

        /// <summary>
        /// Whether an existing destination is never replaced, checked again at the final move: a file
        /// that appeared while the report was written makes the move fail with an <see cref="System.IO.IOException"/>.
        /// </summary>
        public bool NoClobber { get; init; }

        /// <summary>
        /// Whether a workbook's sheets are compressed on a thread of their own, beside the report's
        /// writer thread. Worth it when the rows come cheaply, as on the bulk path: beside a busy
        /// pipeline thread a third busy thread slows the whole on two processors (bench/README).
        /// </summary>
        public bool CompressWorkbookAside { get; init; }

        /// <summary>Whether the stream a writer gets continues an existing report: no byte order mark, no second header.</summary>
        internal bool ContinuesExistingReport { get; init; }

        /// <summary>Throws when an option has a value the writer cannot use.</summary>
        public void Validate()
        {
            if (Delimiter is char delimiter) CsvDelimiter.Validate(delimiter, nameof(Delimiter));
        }
    }
}
