using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CloudResponsibility.Threading;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// One report being written: the first row fixes the columns (or, when appending, the existing
    /// file's header does); later rows are matched to them by name. Values under names that are not
    /// columns are counted in <see cref="DroppedColumns"/>, never lost without a word.
    /// <para>
    /// Rows are formatted and written on a thread of their own, in batches through a bounded queue:
    /// the caller — a PowerShell pipeline, which passes objects on one thread — hands a row over and
    /// goes on, so producing rows and encoding them use both cores, and memory stays bounded by the
    /// queue. The module's own objects, which are immutable, are handed over as they are and read
    /// on the writer thread too. Order is kept: one writer, first in, first out.
    /// </para>
    /// </summary>
    public sealed class ReportSession : IDisposable
    {
        // Small batches, few in flight: rows waiting in the queue outlive the garbage collector's
        // youngest generation if there are many of them, and promoting them cost more than the
        // hand-overs (measured: a quarter of the pause time of 16 batches of 512).
        private const int BatchSize = 128;
        private const int QueuedBatches = 4;

        private readonly IReportWriter writer;
        private readonly IReadOnlyList<string>? existingColumns;
        private readonly bool allowHeaderMismatch;
        private readonly HashSet<string> dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HandOffQueue<Row[]> queue = new HandOffQueue<Row[]>(QueuedBatches);
        private Thread? writerThread;
        private Exception? failure;
        private Row[] batch = new Row[BatchSize];
        private int batchCount;
        private IReadOnlyList<string>? firstNames;
        private IReadOnlyList<string>? columns;
        private Dictionary<string, int>? columnIndex;
        private IReadOnlyList<string>? lastNames;
        private int[]? lastMapping;
        private object?[] rowBuffer = Array.Empty<object?>();
        private object?[] readBuffer = Array.Empty<object?>();
        private bool finished;

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

        /// <summary>Names of values that had no column and were not written (complete after <see cref="Commit"/>).</summary>
        public IReadOnlyCollection<string> DroppedColumns => dropped;

        /// <summary>Adds a row of named values. Throws what writing an earlier row threw, if anything did.</summary>
        public void Add(IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            if (finished) throw new InvalidOperationException("The report is already complete.");
            if (columns is null) Start(names);
            batch[batchCount++] = new Row(names, values);
            RowCount++;
            if (batchCount == BatchSize) Hand();
        }

        /// <summary>
        /// Adds one of the module's objects as a row. Its columns are read on the writer thread, so
        /// the caller hands over the object and goes on; only for types whose
        /// <see cref="ObjectColumns.CanBeReadLater"/> holds.
        /// </summary>
        public void Add(object instance, ObjectColumns columns)
        {
            if (!columns.CanBeReadLater) throw new ArgumentException("Rows of this type must be read when they are added.", nameof(columns));
            if (finished) throw new InvalidOperationException("The report is already complete.");
            // Its names only: its values are read on the writer thread, like every other row's.
            if (this.columns is null) Start(columns.NamesOf(instance));
            batch[batchCount++] = new Row(instance, columns);
            RowCount++;
            if (batchCount == BatchSize) Hand();
        }

        /// <summary>Finishes the report and moves it over the destination.</summary>
        public void Commit()
        {
            if (columns is null) writer.WriteHeader(existingColumns ?? Array.Empty<string>());
            Finish();
            if (failure is not null) throw Rethrowable(failure);
            writer.Commit();
        }

        /// <summary>Discards the report unless it was committed; the destination stays as it was.</summary>
        public void Dispose()
        {
            Finish();
            writer.Dispose();
        }

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
                firstNames = names;
            }
            columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                if (!columnIndex.ContainsKey(columns[i])) columnIndex[columns[i]] = i;
            rowBuffer = new object?[columns.Count];
            writer.WriteHeader(columns);
            writerThread = new Thread(WriteQueuedRows) { IsBackground = true, Name = "CloudResponsibility report writer" };
            writerThread.Start();
        }

        /// <summary>Hands the current batch to the writer thread, reusing a spent one for the next.</summary>
        private void Hand()
        {
            if (failure is not null) throw Rethrowable(failure);
            queue.Add(batch);
            batch = queue.TakeSpare() ?? new Row[BatchSize];
            batchCount = 0;
        }

        private void Finish()
        {
            if (finished) return;
            finished = true;
            if (writerThread is null) return;
            if (batchCount > 0 && failure is null)
            {
                Array.Clear(batch, batchCount, batch.Length - batchCount);
                queue.Add(batch);
                batchCount = 0;
            }
            queue.CompleteAdding();
            writerThread.Join();
        }

        private void WriteQueuedRows()
        {
            Row[]? rows;
            while ((rows = queue.Take()) is not null)
            {
                // After a failure keep draining, so the producer never blocks on a full queue.
                if (failure is null)
                {
                    try
                    {
                        foreach (var row in rows)
                        {
                            if (row.Instance is not null) WriteRow(row.Instance, row.Columns!);
                            else if (row.Names is not null) WriteRow(row.Names, row.Values!);
                            else break;
                        }
                    }
                    catch (Exception exception)
                    {
                        failure = exception;
                    }
                }
                Array.Clear(rows, 0, rows.Length);
                queue.Recycle(rows);
            }
        }

        private void WriteRow(object instance, ObjectColumns objectColumns)
        {
            if (HasReportColumns(objectColumns.NamesOf(instance)))
            {
                writer.WriteRow(instance, objectColumns);
                return;
            }
            WriteRow(objectColumns.ReadInto(instance, ref readBuffer), readBuffer);
        }

        private void WriteRow(IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            if (HasReportColumns(names))
            {
                writer.WriteRow(values);
                return;
            }
            var mapping = Mapping(names);
            Array.Clear(rowBuffer, 0, rowBuffer.Length);
            for (var i = 0; i < mapping.Length && i < values.Count; i++)
                if (mapping[i] >= 0) rowBuffer[mapping[i]] = values[i];
            writer.WriteRow(rowBuffer);
        }

        /// <summary>Whether a row's columns are the report's, in the same order: nearly every row, after the first.</summary>
        private bool HasReportColumns(IReadOnlyList<string> names) =>
            ReferenceEquals(names, firstNames) || ReferenceEquals(names, columns) || SameSequence(names, columns!);

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

        private static Exception Rethrowable(Exception failure) =>
            failure is IOException || failure is UnauthorizedAccessException ? failure : new IOException("Writing the report failed: " + failure.Message, failure);

        private static IReadOnlyList<string>? ReadExistingHeader(string path, ReportOptions options)
        {
            if (!File.Exists(path) || new FileInfo(path).Length == 0) return null;
            var readerOptions = CsvReaderOptions.Default with { Separator = options.Delimiter, Encoding = options.Encoding };
            using var reader = CsvReader.FromFile(path, readerOptions);
            var header = reader.Headers.ToArray();
            return header.Length == 0 ? null : header;
        }

        /// <summary>A row as named values, or as an object whose columns the writer thread reads.</summary>
        private readonly struct Row
        {
            public Row(IReadOnlyList<string> names, IReadOnlyList<object?> values)
            {
                Names = names;
                Values = values;
                Instance = null;
                Columns = null;
            }

            public Row(object instance, ObjectColumns columns)
            {
                Names = null;
                Values = null;
                Instance = instance;
                Columns = columns;
            }

            public IReadOnlyList<string>? Names { get; }
            public IReadOnlyList<object?>? Values { get; }
            public object? Instance { get; }
            public ObjectColumns? Columns { get; }
        }
    }
}
