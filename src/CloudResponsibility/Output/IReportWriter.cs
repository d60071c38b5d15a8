using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Writes rows of one report, in one format. Columns are fixed by <see cref="WriteHeader"/>;
    /// each row has one value per column, in that order. Nothing reaches the destination file until
    /// <see cref="Commit"/>; disposing without it leaves the old file as it was.
    /// </summary>
    public interface IReportWriter : IDisposable
    {
        /// <summary>Starts the report with its columns.</summary>
        void WriteHeader(IReadOnlyList<string> columns);

        /// <summary>Writes one row: a value per column (null for none).</summary>
        void WriteRow(IReadOnlyList<object?> values);

        /// <summary>
        /// Writes one of the module's objects as a row; its <see cref="ObjectColumns.NamesOf"/> are
        /// the report's columns, in order.
        /// </summary>
        void WriteRow(object instance, ObjectColumns columns);

        /// <summary>Finishes the report and puts it in place of the destination.</summary>
        void Commit();
    }
}
