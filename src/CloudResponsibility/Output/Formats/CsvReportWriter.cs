using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
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

        /// <summary>Opens a writer over <paramref name="stream"/>, positioned at its end.</summary>
        public CsvReportWriter(Stream stream, ReportOptions options)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (options is null) throw new ArgumentNullException(nameof(options));
            appending = stream.Length > 0;
            formulaProtection = options.FormulaProtection;
            var csvOptions = CsvWriterOptions.Default with
            {
                Separator = options.Delimiter,
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
            if (appending || columns.Count == 0) return;
            foreach (var column in columns) Text(column);
            csv.EndRecord();
        }

        /// <inheritdoc />
        public override void StartRow()
        {
        }

        /// <inheritdoc />
        public override void Cell(object? value)
        {
            switch (value)
            {
                case null: csv.WriteField((string?)null); break;
                case string text: Text(text); break;
                case bool flag: Boolean(flag); break;
                case int number: Integer(number); break;
                case DateTime date when ReportValue.IsDate(date): Text(ReportValue.Format(date)); break;
                case IFormattable formattable when !(formattable is Enum): csv.WriteField((object)formattable); break;
                default: Text(ReportValue.Format(value)); break;
            }
        }

        /// <summary>
        /// A text cell; one a spreadsheet would run as a formula (starting with = + - @ tab or CR, as
        /// OWASP lists them) gets a leading apostrophe and quotes: the bytes of CsvHelper's own
        /// CsvInjection.Escape, which examines every field on a slower path.
        /// </summary>
        public override void Text(string? text)
        {
            if (formulaProtection && text is { Length: > 0 } && IsFormulaStart(text[0])) csv.WriteField("'" + text, CsvQuoting.Always);
            else csv.WriteField(text);
        }

        /// <inheritdoc />
        public override void Boolean(bool value) => csv.WriteField(value);

        /// <inheritdoc />
        public override void Integer(int value) => csv.WriteField(value, default);

        /// <inheritdoc />
        public override void EndRow() => csv.EndRecord();

        /// <summary>
        /// A header cell as a column's name, without the apostrophe <see cref="Text"/> put before a
        /// formula-looking name, so that appending under a protected header matches the rows' names.
        /// </summary>
        internal static string Unprotect(string cell) =>
            cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell.Substring(1) : cell;

        private static bool IsFormulaStart(char c) => c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';

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
