using System;
using System.Collections.Generic;
using System.Text;
using CloudResponsibility.Model;
using CloudResponsibility.Text;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// How a table (a CSV file of rows of named cells) is read, whatever its rows stand for:
    /// inventories (<see cref="InventoryReaderOptions"/> adds their own options) and vendor
    /// questionnaires share these. Immutable: start from <see cref="Default"/> and change what
    /// differs, as in <c>TableReaderOptions.Default with { Delimiter = ';' }</c>.
    /// </summary>
    public record TableReaderOptions
    {
        /// <summary>The smallest <see cref="MaxRecordBytes"/>: a limit below it would reject ordinary rows.</summary>
        public const int MinRecordBytes = 4 * 1024;

        /// <summary>The options of a plain comma-separated file in any of the detected encodings.</summary>
        public static TableReaderOptions Default { get; } = new TableReaderOptions();

        /// <summary>The encoding of the file; null (the default) detects it with <see cref="EncodingDetector"/>. A byte order mark in the file wins over this.</summary>
        public Encoding? Encoding { get; init; }

        /// <summary>
        /// The separator between cells: ',', ';' (European Excel), '\t' … Any ASCII character but the
        /// quote and line breaks. Null (the default) goes by the file's name: tab for a .tsv file, else ','.
        /// </summary>
        public char? Delimiter { get; init; }

        /// <summary>The language of the errors' and warnings' messages: English by default.</summary>
        public Language Language { get; init; } = Language.En;

        /// <summary>
        /// The longest record, in bytes of UTF-8, that the reader buffers: 1 MiB by default, far
        /// more than any real row. It bounds the memory an unclosed quote can take before it is
        /// found and reported; a longer record is reported and skipped to its real end.
        /// </summary>
        public int MaxRecordBytes { get; init; } = 1024 * 1024;

        /// <summary>The worksheet of a workbook to read, by name (without regard to case); null (the default) for the first. CSV files have none.</summary>
        public string? WorksheetName { get; init; }

        /// <summary>
        /// The column names of a table without a header row, as Import-Csv's -Header gives them:
        /// the first row is data. Null (the default) reads the header from the table.
        /// </summary>
        public IReadOnlyList<string>? Header { get; init; }

        /// <summary>The options for the file named <paramref name="file"/>, with its separator decided.</summary>
        internal TableReaderOptions ForFile(string? file) => Delimiter is null ? this with { Delimiter = CsvDelimiter.ForFile(file) } : this;

        /// <summary>Throws when an option has a value the reader cannot use.</summary>
        public void Validate()
        {
            if (Delimiter is char delimiter) CsvDelimiter.Validate(delimiter, nameof(Delimiter));
            if (MaxRecordBytes < MinRecordBytes)
                throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), MaxRecordBytes, $"The record limit must be at least {MinRecordBytes} bytes.");
        }
    }
}
