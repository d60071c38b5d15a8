using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// One report being written: the first row fixes the columns (or, when appending, the existing
    /// file's header does); later rows are matched to them by name. Values under names that are not
    /// columns are counted in <see cref="DroppedColumns"/>, never lost without a word.
    /// </summary>
    public sealed class ReportSession : IDisposable
    {
        private readonly IReportWriter writer;
        private readonly IReadOnlyList<string>? existingColumns;
        private readonly bool allowHeaderMismatch;
        private readonly HashSet<string> dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private IReadOnlyList<string>? columns;
        private Dictionary<string, int>? columnIndex;
        private IReadOnlyList<string>? lastNames;
        private int[]? lastMapping;
        private object?[] rowBuffer = Array.Empty<object?>();

        private ReportSession(IReportWriter writer, IReadOnlyList<string>? existingColumns, bool allowHeaderMismatch)
        {
            this.writer = writer;
            this.existingColumns = existingColumns;
            this.allowHeaderMismatch = allowHeaderMismatch;
        }

        /// <summary>
        /// Opens a report at <paramref name="path"/>. Nothing replaces the file until <see cref="Commit"/>.
        /// With <see cref="ReportOptions.Append"/>, rows go after the existing ones under the existing
        /// header; <paramref name="allowHeaderMismatch"/> lets rows with other columns in (matched by name).
        /// </summary>
        public static ReportSession Open(string path, ReportFormat format, ReportOptions options, bool allowHeaderMismatch = false)
        {
            if (options.Append && format == ReportFormat.Json)
                throw new NotSupportedException("Rows cannot be appended to a JSON report: a JSON array is closed. Write a new file, or use CSV.");
            var existing = options.Append ? ReadExistingHeader(path, options) : null;
            var file = new AtomicFile(path, keepExistingContent: existing is not null);
            try
            {
                IReportWriter writer = format == ReportFormat.Json
                    ? new JsonReportWriter(file)
                    : new CsvReportWriter(file, options, writeHeader: existing is null);
                return new ReportSession(writer, existing, allowHeaderMismatch);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        /// <summary>The columns, once the first row has been added.</summary>
        public IReadOnlyList<string>? Columns => columns;

        /// <summary>The number of rows added.</summary>
        public long RowCount { get; private set; }

        /// <summary>Names of values that had no column and were not written.</summary>
        public IReadOnlyCollection<string> DroppedColumns => dropped;

        /// <summary>Adds a row of named values.</summary>
        public void Add(IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            if (columns is null) Start(names);
            if (ReferenceEquals(names, columns) || SameSequence(names, columns!))
            {
                writer.WriteRow(values);
            }
            else
            {
                var mapping = Mapping(names);
                Array.Clear(rowBuffer, 0, rowBuffer.Length);
                for (var i = 0; i < mapping.Length && i < values.Count; i++)
                    if (mapping[i] >= 0) rowBuffer[mapping[i]] = values[i];
                writer.WriteRow(rowBuffer);
            }
            RowCount++;
        }

        /// <summary>Finishes the report and moves it over the destination.</summary>
        public void Commit() => writer.Commit();

        /// <inheritdoc />
        public void Dispose() => writer.Dispose();

        private void Start(IReadOnlyList<string> names)
        {
            if (existingColumns is not null)
            {
                var mismatch = !new HashSet<string>(existingColumns, StringComparer.OrdinalIgnoreCase).SetEquals(names);
                if (mismatch && !allowHeaderMismatch)
                    throw new ReportHeaderMismatchException(existingColumns, names);
                columns = existingColumns;
            }
            else
            {
                columns = names.ToArray();
            }
            columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                if (!columnIndex.ContainsKey(columns[i])) columnIndex[columns[i]] = i;
            rowBuffer = new object?[columns.Count];
            writer.WriteHeader(columns);
        }

        private int[] Mapping(IReadOnlyList<string> names)
        {
            if (lastMapping is not null && lastNames is not null && (ReferenceEquals(names, lastNames) || SameSequence(names, lastNames))) return lastMapping;
            var mapping = new int[names.Count];
            for (var i = 0; i < names.Count; i++)
            {
                if (columnIndex!.TryGetValue(names[i], out var index)) mapping[i] = index;
                else { mapping[i] = -1; dropped.Add(names[i]); }
            }
            lastNames = names;
            lastMapping = mapping;
            return mapping;
        }

        private static bool SameSequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
            return true;
        }

        private static IReadOnlyList<string>? ReadExistingHeader(string path, ReportOptions options)
        {
            if (!File.Exists(path) || new FileInfo(path).Length == 0) return null;
            var readerOptions = CsvReaderOptions.Default with { Separator = options.Delimiter, Encoding = options.Encoding };
            using var reader = CsvReader.FromFile(path, readerOptions);
            var header = reader.Headers.ToArray();
            return header.Length == 0 ? null : header;
        }
    }
}
