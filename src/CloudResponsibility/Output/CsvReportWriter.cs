using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Writes a report as RFC 4180 CSV through CsvHelper: CRLF line ends (as Excel writes), quotes
    /// where needed, numbers and dates in the invariant culture, formula cells neutralised unless
    /// turned off. UTF-8 goes straight to the stream; other encodings through a text writer.
    /// </summary>
    public sealed class CsvReportWriter : IReportWriter
    {
        private readonly AtomicFile file;
        private readonly CsvWriter csv;
        private readonly CsvCells cells;
        private readonly bool writeHeader;

        /// <summary>
        /// Opens a writer for <paramref name="file"/>; <paramref name="writeHeader"/> is false when
        /// appending to a file that already has one.
        /// </summary>
        public CsvReportWriter(AtomicFile file, ReportOptions options, bool writeHeader)
        {
            this.file = file;
            this.writeHeader = writeHeader;
            var startsEmpty = file.Stream.Length == 0;
            var csvOptions = CsvWriterOptions.Default with
            {
                Separator = options.Delimiter,
                NewLine = "\r\n",
                // Formula cells are escaped by CsvCells, text cells only (see FormulaCell).
                Injection = CsvInjection.None,
                WriteByteOrderMark = startsEmpty && options.Encoding.GetPreamble().Length > 0,
            };
            if (options.Encoding is UTF8Encoding)
            {
                csv = CsvWriter.Create(file.Stream, csvOptions, leaveOpen: true);
            }
            else
            {
                // A StreamWriter writes the encoding's own preamble (UTF-16's BOM) at the start of a new file only.
                var encoding = startsEmpty ? options.Encoding : WithoutPreamble(options.Encoding);
                csv = CsvWriter.Create(new StreamWriter(file.Stream, encoding, 1 << 16, leaveOpen: true), csvOptions with { WriteByteOrderMark = false }, leaveOpen: false);
            }
            cells = new CsvCells(csv, options.FormulaProtection);
        }

        /// <inheritdoc />
        public void WriteHeader(IReadOnlyList<string> columns)
        {
            if (!writeHeader || columns.Count == 0) return;
            foreach (var column in columns) csv.WriteField(column);
            csv.EndRecord();
        }

        /// <inheritdoc />
        public void WriteRow(IReadOnlyList<object?> values)
        {
            for (var i = 0; i < values.Count; i++) cells.Value(values[i]);
            csv.EndRecord();
        }

        /// <inheritdoc />
        public void WriteRow(object instance, ObjectColumns columns)
        {
            columns.WriteCells(instance, cells);
            csv.EndRecord();
        }

        /// <inheritdoc />
        public void Commit()
        {
            csv.Dispose();
            file.Commit();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            csv.Dispose();
            file.Dispose();
        }

        private static Encoding WithoutPreamble(Encoding encoding) => encoding switch
        {
            UnicodeEncoding unicode => new UnicodeEncoding(bigEndian: unicode.CodePage == 1201, byteOrderMark: false),
            UTF32Encoding utf32 => new UTF32Encoding(bigEndian: utf32.CodePage == 12001, byteOrderMark: false),
            _ => encoding,
        };
    }
}
