using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Writes a report as RFC 4180 CSV through CsvHelper: CRLF line ends (as Excel writes), quotes
    /// where needed, numbers and dates in the invariant culture, lists as <see cref="ReportValue"/>
    /// words them. Text that a spreadsheet would run as a formula gets a leading apostrophe unless
    /// <see cref="ReportOptions.FormulaProtection"/> is off, header cells included (a column's name
    /// comes from the input as much as a cell does); numbers are typed, so -5 stays a number.
    /// A stream that already holds a report (appending) gets no second header and no byte order mark.
    /// </summary>
    public sealed class CsvReportWriter : ReportWriter
    {
        private readonly CsvWriter csv;
        private readonly bool appending;
        private readonly bool formulaProtection;

        // For an encoding that cannot hold every character (shift_jis, ascii): the same encoding,
        // throwing where it would write '?' or a look-alike, to find the cells that lose text.
        private readonly Encoding? strict;
        private readonly List<(long Row, string Column, string Value)> unrepresentable = new List<(long, string, string)>();
        private IReadOnlyList<string> columnNames = Array.Empty<string>();
        private long row = 1;
        private int column;

        /// <summary>Opens a writer over <paramref name="stream"/>, positioned at its end.</summary>
        public CsvReportWriter(Stream stream, ReportOptions options)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (options is null) throw new ArgumentNullException(nameof(options));
            appending = options.ContinuesExistingReport || stream.Length > 0;
            formulaProtection = options.FormulaProtection;
            if (!(options.Encoding is UTF8Encoding || options.Encoding is UnicodeEncoding || options.Encoding is UTF32Encoding))
            {
                strict = (Encoding)options.Encoding.Clone();
                strict.EncoderFallback = EncoderFallback.ExceptionFallback;
            }
            var csvOptions = CsvWriterOptions.Default with
            {
                Separator = options.Delimiter ?? CsvDelimiter.Default,
                NewLine = "\r\n",
                // Formula cells are escaped here, text cells only (see Text).
                Injection = CsvInjection.None,
                WriteByteOrderMark = !appending && options.Encoding.GetPreamble().Length > 0,
            };
            if (options.Encoding is UTF8Encoding)
            {
                csv = CsvWriter.Create(stream, csvOptions, leaveOpen: true);
            }
            else
            {
                // A StreamWriter writes the encoding's own preamble (UTF-16's BOM) at the start of a new file only.
                var encoding = appending ? WithoutPreamble(options.Encoding) : options.Encoding;
                csv = CsvWriter.Create(new StreamWriter(stream, encoding, 1 << 16, leaveOpen: true), csvOptions with { WriteByteOrderMark = false }, leaveOpen: false);
            }
        }

        /// <inheritdoc />
        public override void WriteHeader(IReadOnlyList<string> columns)
        {
            columnNames = columns;
            if (appending || columns.Count == 0) return;
            column = 0;
            foreach (var name in columns) Text(name);
            csv.EndRecord();
        }

        /// <inheritdoc />
        public override void StartRow()
        {
            row++;
            column = 0;
        }

        /// <summary>
        /// The cells (the first <see cref="MaxUnrepresentableKept"/>) that hold a character the
        /// report's encoding cannot, which the encoding wrote as '?' or a look-alike: the row as a
        /// spreadsheet numbers the rows written (the header is row 1), the column and the text.
        /// </summary>
        public IReadOnlyList<(long Row, string Column, string Value)> Unrepresentable => unrepresentable;

        /// <summary>How many cells hold a character the report's encoding cannot.</summary>
        public long UnrepresentableCount { get; private set; }

        /// <summary>How many of the cells that lose characters <see cref="Unrepresentable"/> keeps.</summary>
        public const int MaxUnrepresentableKept = 10;

        /// <inheritdoc />
        public override void Cell(object? value)
        {
            switch (value)
            {
                case null:
                    column++;
                    csv.WriteField((string?)null);
                    break;
                case string text: Text(text); break;
                case bool flag: Boolean(flag); break;
                case int number: Integer(number); break;
                case DateTime date when ReportValue.IsDate(date): Text(ReportValue.Format(date)); break;
                case IFormattable formattable when !(formattable is Enum):
                    column++;
                    csv.WriteField((object)formattable);
                    break;
                default: Text(ReportValue.Format(value)); break;
            }
        }

        /// <summary>
        /// A text cell; one a spreadsheet would run as a formula (starting with = + - @ tab or CR, as
        /// OWASP lists them) gets a leading apostrophe and quotes: the bytes of CsvHelper's own
        /// CsvInjection.Escape, which examines every field on a slower path. A text that starts with
        /// apostrophes before such a character gets one more, which the module's readers take off
        /// (<see cref="FormulaProtection"/>).
        /// </summary>
        public override void Text(string? text)
        {
            if (strict is not null && text is { Length: > 0 }) CheckRepresentable(text);
            column++;
            if (formulaProtection && text is { Length: > 0 } && FormulaProtection.NeedsProtection(text)) csv.WriteField(FormulaProtection.Protect(text), CsvQuoting.Always);
            else csv.WriteField(text);
        }

        /// <inheritdoc />
        public override void Boolean(bool value)
        {
            column++;
            csv.WriteField(value);
        }

        /// <inheritdoc />
        public override void Integer(int value)
        {
            column++;
            csv.WriteField(value, default);
        }

        private void CheckRepresentable(string text)
        {
            // The encodings offered for reports hold ASCII: only other text needs the slower check.
            if (TextNormalizer.IsAscii(text)) return;
            try
            {
                strict!.GetByteCount(text);
            }
            catch (EncoderFallbackException)
            {
                UnrepresentableCount++;
                if (unrepresentable.Count < MaxUnrepresentableKept)
                    unrepresentable.Add((row, column < columnNames.Count ? columnNames[column] : string.Empty, text));
            }
        }

        /// <inheritdoc />
        public override void EndRow() => csv.EndRecord();

        /// <inheritdoc />
        public override void Finish() => csv.Flush();

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing) csv.Dispose();
        }

        private static Encoding WithoutPreamble(Encoding encoding) => encoding switch
        {
            UnicodeEncoding unicode => new UnicodeEncoding(bigEndian: unicode.CodePage == 1201, byteOrderMark: false),
            UTF32Encoding utf32 => new UTF32Encoding(bigEndian: utf32.CodePage == 12001, byteOrderMark: false),
            _ => encoding,
        };
    }
}
