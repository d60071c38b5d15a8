using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Reads a filled questionnaire CSV into answer records, streaming, through the reading layer
    /// every table shares (<see cref="TableReader"/>: encoding detection, Japanese headers, blank
    /// rows skipped, a bad quote contained to one line). Each data row yields a record or every error
    /// of its cells, so <c>DataRows == Records + RowsWithErrors</c> — a row that names its service
    /// and its line but has cells that cannot be read (an Answer, a ValidUntil, a ServiceModel)
    /// yields its record and their errors, and counts as a record (<see cref="RecordsWithErrors"/>);
    /// a header without ServiceName,
    /// ItemId or Answer, or naming a column twice, yields its errors once and ends the file.
    /// Rows are numbered as a spreadsheet shows them: the header is row 1. Not thread-safe.
    /// </summary>
    public sealed class QuestionnaireReader : IDisposable
    {
        private readonly ITableSource table;
        private readonly TableReaderOptions options;
        private AnswerRecordBuilder? builder;
        private bool disposed;

        private QuestionnaireReader(ITableSource table, TableReaderOptions options)
        {
            this.table = table;
            this.options = options;
        }

        /// <summary>The file, as named when opened.</summary>
        public string File => table.File;

        /// <summary>The encoding the file is read in; null before the first <see cref="Read"/>.</summary>
        public Encoding? Encoding => table.Encoding;

        /// <summary>The headers of the file, as written; empty until the header has been read.</summary>
        public IReadOnlyList<string> Headers => builder?.Headers ?? Array.Empty<string>();

        /// <summary>The builder of the file's rows, once the header has been read: which header names each column.</summary>
        public AnswerRecordBuilder? Builder => builder;

        /// <summary>What <see cref="Read"/> moved to: a row's record or errors, or the header's errors.</summary>
        public AnswerRecordResult Current { get; private set; }

        /// <summary>The rows read so far that are neither the header nor empty.</summary>
        public long DataRows => table.DataRows;

        /// <summary>The records read so far.</summary>
        public long Records { get; private set; }

        /// <summary>The data rows so far that yielded errors instead of a record.</summary>
        public long RowsWithErrors { get; private set; }

        /// <summary>The records so far that came with errors: cells that cannot be read, in a row that names its service and line.</summary>
        public long RecordsWithErrors { get; private set; }

        /// <summary>The rows skipped so far because every cell is empty.</summary>
        public long SkippedEmptyRows => table.SkippedEmptyRows;

        /// <summary>Opens a file (CSV, or an .xlsx workbook), shared for reading and writing, so that a file open in Excel can be read.</summary>
        public static QuestionnaireReader Open(string path, TableReaderOptions? options = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options ??= TableReaderOptions.Default;
            return new QuestionnaireReader(TableSources.Open(path, options), options);
        }

        /// <summary>Reads a stream from its current position; <paramref name="displayName"/> names it in errors.</summary>
        public static QuestionnaireReader Open(Stream stream, string displayName, TableReaderOptions? options = null, bool leaveOpen = false)
        {
            options ??= TableReaderOptions.Default;
            return new QuestionnaireReader(TableReader.Open(stream, displayName, options, leaveOpen), options);
        }

        /// <summary>Moves to the next row's record or errors (or both: see <see cref="AnswerRecordResult"/>); false when the file has no more.</summary>
        public bool Read()
        {
            if (disposed) throw new ObjectDisposedException(nameof(QuestionnaireReader));
            while (table.Read())
            {
                var at = table.Location;
                switch (table.Kind)
                {
                    case TableRowKind.Header:
                        builder = new AnswerRecordBuilder(table.Headers, File, at.Row, at.Line, options.Language);
                        if (builder.HeaderErrors.Count == 0) continue;
                        table.End();
                        Current = new AnswerRecordResult(null, Placed(builder.HeaderErrors));
                        return true;
                    case TableRowKind.BadHeader:
                        Current = new AnswerRecordResult(null, new[] { table.Place(table.Error!) });
                        return true;
                    case TableRowKind.BadRow:
                        RowsWithErrors++;
                        Current = new AnswerRecordResult(null, new[] { table.Place(table.Error!) });
                        return true;
                }
                Current = builder!.Build(table.Values, at.Row, at.Line);
                if (Current.Errors.Count > 0) Current = new AnswerRecordResult(Current.Record, Placed(Current.Errors));
                if (Current.Record is null) RowsWithErrors++;
                else
                {
                    Records++;
                    if (Current.Errors.Count > 0) RecordsWithErrors++;
                }
                return true;
            }
            Current = default;
            return false;
        }

        /// <summary>Errors as the file's reader places them: a workbook's name the sheet and column letter.</summary>
        private IReadOnlyList<InventoryError> Placed(IReadOnlyList<InventoryError> errors)
        {
            var placed = new InventoryError[errors.Count];
            for (var i = 0; i < placed.Length; i++) placed[i] = table.Place(errors[i]);
            return placed;
        }

        /// <summary>The remaining rows' results, read as they are enumerated.</summary>
        public IEnumerable<AnswerRecordResult> ReadAll()
        {
            while (Read()) yield return Current;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            table.Dispose();
        }
    }
}
