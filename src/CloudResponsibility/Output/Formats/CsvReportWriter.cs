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
    /// <see cref="ReportOptions.FormulaProtection"/> is off; numbers are typed, so -5 stays a number.
    /// A stream that already holds a report (appending) gets no second header and no byte order mark.
    /// </summary>
    public sealed class CsvReportWriter : ReportWriter
    {
        private readonly CsvWriter csv;
        private readonly bool appending;

        /// <summary>Opens a writer over <paramref name="stream"/>, positioned at its end.</summary>
        public CsvReportWriter(Stream stream, ReportOptions options)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (options is null) throw new ArgumentNullException(nameof(options));
            appending = stream.Length > 0;
            var csvOptions = CsvWriterOptions.Default with
            {
                Separator = options.Delimiter,
                NewLine = "\r\n",
                Injection = options.FormulaProtection ? CsvInjection.Escape : CsvInjection.None,
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
            foreach (var column in columns) csv.WriteField(column);
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
                case string text: csv.WriteField(text); break;
                case bool flag: csv.WriteField(flag); break;
                case int number: csv.WriteField(number, default); break;
                case IFormattable formattable when !(formattable is Enum): csv.WriteField((object)formattable); break;
                default: csv.WriteField(ReportValue.Format(value)); break;
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
