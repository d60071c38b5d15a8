using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Writes one report in one format to a stream: the columns once, then each row's cells in
    /// that order. Cells arrive as values (text, booleans, numbers, enum members, lists, null for
    /// an empty cell), so each format decides how it shows a type. A new format is a class derived
    /// from this one, created in <see cref="ReportFormats"/>; it needs only <see cref="Cell"/>, and
    /// overrides the typed cells (<see cref="Text"/>, <see cref="Boolean(bool)"/>,
    /// <see cref="Integer"/>) where it can write them without boxing, as a report of millions of
    /// rows needs.
    /// </summary>
    public abstract class ReportWriter : IDisposable
    {
        /// <summary>Starts the report with its columns.</summary>
        public abstract void WriteHeader(IReadOnlyList<string> columns);

        /// <summary>Starts a row; a cell per column follows, then <see cref="EndRow"/>.</summary>
        public abstract void StartRow();

        /// <summary>The next cell of the row; null for an empty one.</summary>
        public abstract void Cell(object? value);

        /// <summary>The next cell, a text (enum members arrive here by name); null for an empty one.</summary>
        public virtual void Text(string? text) => Cell(text);

        /// <summary>The next cell, a boolean.</summary>
        public virtual void Boolean(bool value) => Cell(value);

        /// <summary>The next cell, a boolean that may be unknown (an empty cell).</summary>
        public void Boolean(bool? value)
        {
            if (value is bool known) Boolean(known);
            else Text(null);
        }

        /// <summary>The next cell, a number.</summary>
        public virtual void Integer(int value) => Cell(value);

        /// <summary>Ends the row.</summary>
        public abstract void EndRow();

        /// <summary>
        /// Whether each row comes whole, with its own column names (<see cref="Row"/>), rather than
        /// cell by cell in the header's order: a document made of rows of more than one kind.
        /// </summary>
        public virtual bool TakesNamedRows => false;

        /// <summary>A whole row and its column names, in place of <see cref="StartRow"/> … <see cref="EndRow"/> when <see cref="TakesNamedRows"/>.</summary>
        public virtual void Row(IReadOnlyList<string> names, IReadOnlyList<object?> values) => throw new NotSupportedException();

        /// <summary>
        /// The parts the report continued on because one was full (a workbook's sheets past the
        /// first); known after <see cref="Finish"/>. Formats without such a limit have none.
        /// </summary>
        public virtual int OverflowSheets => 0;

        /// <summary>Completes the report and writes out what is buffered; the stream then holds the whole report.</summary>
        public abstract void Finish();

        /// <summary>Releases the writer; the stream stays open.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>Releases the writer's own resources.</summary>
        protected virtual void Dispose(bool disposing)
        {
        }
    }
}
