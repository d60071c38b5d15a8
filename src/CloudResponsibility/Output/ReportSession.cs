using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CloudResponsibility.Output.Formats;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// One report being written: the first row fixes the columns (or, when appending, the existing
    /// file's header does); later rows are matched to them by name. Values under names that are not
    /// columns are counted in <see cref="DroppedColumns"/>, never lost without a word.
    /// <para>
    /// Rows are written on a thread of their own, handed over in batches through a bounded queue:
    /// the caller, a PowerShell pipeline that passes objects on one thread, goes on while the rows
    /// are encoded on the other core, and memory stays bounded by the queue. Rows of types that
    /// declare their columns (<see cref="ReportColumns"/>) are immutable, so they are handed over
    /// as they are and read on the writer thread too. Order is kept: one writer, first in, first out.
    /// </para>
    /// Nothing replaces the destination until <see cref="Commit"/>; a cancelled or disposed session
    /// leaves it as it was.
    /// </summary>
    public sealed class ReportSession : IDisposable
    {
        // Few rows in flight: rows waiting in the queue would otherwise outlive the garbage
        // collector's youngest generation.
        private const int BatchSize = 128;
        private const int QueuedBatches = 4;

        private readonly AtomicFile file;
        private readonly ReportWriter writer;
        private readonly bool rowsByName;
        private readonly AppendTarget? appendTarget;
        private readonly IReadOnlyList<string>? existingColumns;
        private readonly bool matchColumnsByName;
        private readonly CancellationToken cancellation;
        private readonly HashSet<string> dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly HandOffQueue<Row[]> queue = new HandOffQueue<Row[]>(QueuedBatches);
        private readonly CancellationTokenRegistration cancelled;
        private Thread? writerThread;
        private Exception? failure;
        private Row[] batch = new Row[BatchSize];
        private int batchCount;
        private IReadOnlyList<string>? columns;
        private Dictionary<string, int>? columnIndex;
        private ReportColumns? firstColumns;
        private bool finished;
        private bool writerClosed;

        private ReportSession(AtomicFile file, ReportWriter writer, AppendTarget? appendTarget, ReportOptions options, CancellationToken cancellation)
        {
            this.file = file;
            this.writer = writer;
            rowsByName = writer.TakesNamedRows;
            this.appendTarget = appendTarget;
            existingColumns = appendTarget?.Header;
            matchColumnsByName = options.MatchColumnsByName;
            Encoding = options.Encoding;
            this.cancellation = cancellation;
            cancelled = cancellation.Register(queue.Cancel);
        }

        /// <summary>
        /// Opens a report at <paramref name="path"/>. With <see cref="ReportOptions.Append"/>, rows
        /// go after the existing ones under the existing header. A cancelled <paramref name="cancellation"/>
        /// stops the writer; the next <see cref="Add(IReadOnlyList{string}, IReadOnlyList{object})"/>
        /// or <see cref="Commit"/> throws <see cref="OperationCanceledException"/>.
        /// </summary>
        /// <exception cref="NotSupportedException">Appending to a format that cannot be appended to.</exception>
        /// <exception cref="ArgumentException">An option the writer cannot use.</exception>
        public static ReportSession Open(string path, ReportFormat format, ReportOptions options, CancellationToken cancellation = default) =>
            Open(path, format, options, cancellation, null);

        /// <summary>As <see cref="Open(string, ReportFormat, ReportOptions, CancellationToken)"/>, with the temporary file's stream wrapped before the writer gets it (tests put a full disk there).</summary>
        internal static ReportSession Open(string path, ReportFormat format, ReportOptions options, CancellationToken cancellation, Func<Stream, Stream>? wrapStream)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            options = options with { Delimiter = options.Delimiter ?? CsvDelimiter.ForFile(path) };
            if (options.Append && !ReportFormats.CanAppend(format))
                throw new NotSupportedException($"Rows cannot be appended to a {format} report. Write a new file, or use CSV.");
            // Appending to a file that does not exist writes a new one, which never replaces one created meanwhile.
            var target = options.Append ? AppendTarget.Open(Path.GetFullPath(path), options, cancellation) : null;
            AtomicFile? file = null;
            try
            {
                if (target is not null) options = options with { Encoding = target.Encoding, ContinuesExistingReport = target.Header is not null };
                file = new AtomicFile(path, keepExistingContent: false, options.ReplaceReadOnly, noClobber: options.NoClobber || options.Append);
                var writer = ReportFormats.CreateWriter(format, wrapStream is null ? file.Stream : wrapStream(file.Stream), options);
                return new ReportSession(file, writer, target, options, cancellation);
            }
            catch
            {
                file?.Dispose();
                target?.Dispose();
                throw;
            }
        }

        /// <summary>The encoding of a CSV report: the chosen one, or when appending the file's own.</summary>
        public System.Text.Encoding Encoding { get; }

        /// <summary>The columns, once the first row has been added.</summary>
        public IReadOnlyList<string>? Columns => columns;

        /// <summary>The number of rows added.</summary>
        public long RowCount { get; private set; }

        /// <summary>
        /// The first cells holding a character the report's encoding cannot (written as '?' or a
        /// look-alike): row (the header is row 1 of the rows written), column, text. Complete after <see cref="Commit"/>.
        /// </summary>
        public IReadOnlyList<(long Row, string Column, string Value)> UnrepresentableCells =>
            writer is CsvReportWriter csv ? csv.Unrepresentable : Array.Empty<(long, string, string)>();

        /// <summary>How many cells hold a character the report's encoding cannot.</summary>
        public long UnrepresentableCellCount => writer is CsvReportWriter csv ? csv.UnrepresentableCount : 0;

        /// <summary>The cells of a workbook whose text was cut to what an Excel cell holds (see <see cref="XlsxReportWriter.Overlong"/>); known after <see cref="Commit"/>.</summary>
        public IReadOnlyList<(long Row, string Column, int Length)> OverlongCells =>
            writer is XlsxReportWriter xlsx ? xlsx.Overlong : Array.Empty<(long, string, int)>();

        /// <summary>How many cells of a workbook had their text cut to what an Excel cell holds.</summary>
        public long OverlongCellCount => writer is XlsxReportWriter xlsx ? xlsx.OverlongCount : 0;

        /// <summary>The sheets the report continued on because one was full (see <see cref="ReportWriter.OverflowSheets"/>); known after <see cref="Commit"/>.</summary>
        public int OverflowSheets => writer.OverflowSheets;

        /// <summary>Names of values that had no column and were not written (complete after <see cref="Commit"/>).</summary>
        public IReadOnlyCollection<string> DroppedColumns => dropped;

        /// <summary>Adds a row of named values. Throws what writing an earlier row threw, if anything did.</summary>
        /// <exception cref="ReportHeaderMismatchException">The first row's columns are not those of the file appended to.</exception>
        public void Add(IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            if (values is null) throw new ArgumentNullException(nameof(values));
            CheckOpen();
            if (columns is null) Start(names, null);
            Hand(new Row(names, values));
        }

        /// <summary>
        /// Adds a row of a type that declares its columns. The row is read on the writer thread, so
        /// the caller hands it over and goes on.
        /// </summary>
        /// <exception cref="ReportHeaderMismatchException">The first row's columns are not those of the file appended to.</exception>
        public void Add(object row, ReportColumns rowColumns)
        {
            if (row is null) throw new ArgumentNullException(nameof(row));
            if (rowColumns is null) throw new ArgumentNullException(nameof(rowColumns));
            CheckOpen();
            if (columns is null) Start(rowColumns.NamesOf(row), rowColumns);
            Hand(new Row(row, rowColumns));
        }

        /// <summary>Finishes the report and moves it over the destination.</summary>
        public void Commit()
        {
            CheckOpen();
            if (columns is null) writer.WriteHeader(existingColumns ?? Array.Empty<string>());
            Finish();
            cancellation.ThrowIfCancellationRequested();
            if (failure is not null) throw Rethrowable(failure);
            writer.Finish();
            CloseWriter();
            if (appendTarget is null)
            {
                file.Commit();
                return;
            }
            try
            {
                appendTarget.Append(file.Stream);
            }
            catch (IOException exception)
            {
                throw new ReportWriteException(file.Destination, exception);
            }
        }

        /// <summary>Discards the report unless it was committed; the destination stays as it was, and the temporary file goes even when closing it fails.</summary>
        public void Dispose()
        {
            try
            {
                Finish();
                CloseWriter();
            }
            catch (IOException)
            {
                // The writer's last flush, of a report that is discarded (a full disk): nothing is lost.
            }
            finally
            {
                file.Dispose();
                appendTarget?.Dispose();
                cancelled.Dispose();
            }
        }

        private void CloseWriter()
        {
            if (writerClosed) return;
            writerClosed = true;
            writer.Dispose();
        }

        private void CheckOpen()
        {
            if (finished) throw new InvalidOperationException("The report is already complete.");
        }

        private void Start(IReadOnlyList<string> names, ReportColumns? rowColumns)
        {
            if (existingColumns is not null)
            {
                var mismatch = !new HashSet<string>(existingColumns, StringComparer.OrdinalIgnoreCase).SetEquals(names);
                if (mismatch && !matchColumnsByName) throw new ReportHeaderMismatchException(existingColumns, names);
                columns = existingColumns;
            }
            else columns = names.ToArray();
            firstColumns = rowColumns;
            columnIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count; i++)
                if (!columnIndex.ContainsKey(columns[i])) columnIndex[columns[i]] = i;
            try
            {
                writer.WriteHeader(columns);
            }
            catch (IOException exception)
            {
                throw new ReportWriteException(file.Destination, exception);
            }
            writerThread = new Thread(WriteQueuedRows) { IsBackground = true, Name = "CloudResponsibility report writer" };
            writerThread.Start();
        }

        private void Hand(Row row)
        {
            batch[batchCount++] = row;
            RowCount++;
            if (batchCount < BatchSize) return;
            if (failure is not null) throw Rethrowable(failure);
            if (!queue.Add(batch)) cancellation.ThrowIfCancellationRequested();
            batch = new Row[BatchSize];
            batchCount = 0;
        }

        private void Finish()
        {
            if (finished) return;
            finished = true;
            if (writerThread is null) return;
            if (batchCount > 0 && failure is null && !cancellation.IsCancellationRequested)
            {
                Array.Resize(ref batch, batchCount);
                queue.Add(batch);
            }
            queue.CompleteAdding();
            writerThread.Join();
        }

        private void WriteQueuedRows()
        {
            // Cancelled, Take returns null at once: the producer sees it at its next hand-over, and nothing is committed.
            Row[]? rows;
            while ((rows = queue.Take()) is not null)
            {
                // After a failure keep taking batches, so that the producer never waits on a full queue.
                if (failure is not null) continue;
                try
                {
                    foreach (var row in rows) Write(row);
                    // Appending, the temporary file is only copied into the report: not worth a flush.
                    if (appendTarget is null) file.FlushAhead();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            }
        }

        private void Write(Row row)
        {
            if (rowsByName)
            {
                if (row.Columns is { } declared) writer.Row(declared.NamesOf(row.Instance!), declared.Read(row.Instance!));
                else writer.Row(row.Names!, row.Values!);
                return;
            }
            if (row.Columns is { } rowColumns)
            {
                if (HasReportColumns(rowColumns, row.Instance!))
                {
                    writer.StartRow();
                    rowColumns.Write(row.Instance!, writer);
                    writer.EndRow();
                }
                else WriteByName(rowColumns.NamesOf(row.Instance!), rowColumns.Read(row.Instance!));
                return;
            }
            if (SameNames(row.Names!, columns!))
            {
                writer.StartRow();
                foreach (var value in row.Values!) writer.Cell(value);
                writer.EndRow();
            }
            else WriteByName(row.Names!, row.Values!);
        }

        /// <summary>Whether a declared row's columns are the report's, in order: nearly every row, after the first.</summary>
        private bool HasReportColumns(ReportColumns rowColumns, object row)
        {
            if (!ReferenceEquals(rowColumns, firstColumns) || existingColumns is not null) return SameNames(rowColumns.NamesOf(row), columns!);
            var pairs = rowColumns.PairsOf(row);
            var declared = rowColumns.Names.Count;
            if (declared + pairs.Count != columns!.Count) return false;
            for (var i = 0; i < pairs.Count; i++)
                if (!string.Equals(pairs[i].Key, columns[declared + i], StringComparison.Ordinal)) return false;
            return true;
        }

        private void WriteByName(IReadOnlyList<string> names, IReadOnlyList<object?> values)
        {
            var cells = new object?[columns!.Count];
            for (var i = 0; i < names.Count && i < values.Count; i++)
            {
                if (columnIndex!.TryGetValue(names[i], out var index)) cells[index] = values[i];
                else dropped.Add(names[i]);
            }
            writer.StartRow();
            foreach (var cell in cells) writer.Cell(cell);
            writer.EndRow();
        }

        private static bool SameNames(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
            return true;
        }

        private Exception Rethrowable(Exception failure) =>
            failure is UnauthorizedAccessException ? failure : new ReportWriteException(file.Destination, failure);

        /// <summary>A row: named values, or a row of a type that declares its columns, read on the writer thread.</summary>
        private readonly struct Row
        {
            public Row(IReadOnlyList<string> names, IReadOnlyList<object?> values)
            {
                Names = names;
                Values = values;
                Instance = null;
                Columns = null;
            }

            public Row(object instance, ReportColumns columns)
            {
                Names = null;
                Values = null;
                Instance = instance;
                Columns = columns;
            }

            public IReadOnlyList<string>? Names { get; }
            public IReadOnlyList<object?>? Values { get; }
            public object? Instance { get; }
            public ReportColumns? Columns { get; }
        }
    }
}
