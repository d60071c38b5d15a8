using System;
using System.Collections.Generic;
using System.Text;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The rows of a table, whatever file holds them: a CSV file (<see cref="TableReader"/>) or a
    /// worksheet of a workbook (<see cref="WorkbookTableReader"/>). The header, then each data row's
    /// values in header order; blank rows skipped and counted; a row or file that cannot be read as
    /// an error. <see cref="TableSources"/> opens the right one for a file.
    /// </summary>
    internal interface ITableSource : IDisposable
    {
        /// <summary>The file, as named when opened.</summary>
        string File { get; }

        /// <summary>The text encoding of a CSV file, known after the first <see cref="Read"/>; null for a workbook.</summary>
        Encoding? Encoding { get; }

        /// <summary>What the source is positioned on.</summary>
        TableRowKind Kind { get; }

        /// <summary>Where the current row is.</summary>
        RowLocation Location { get; }

        /// <summary>The header's cells, as written; empty until the header has been read.</summary>
        IReadOnlyList<string> Headers { get; }

        /// <summary>The current data row's values, one per header column; reused by the next <see cref="Read"/>.</summary>
        IReadOnlyList<string?> Values { get; }

        /// <summary>Why the current row is a <see cref="TableRowKind.BadRow"/> or <see cref="TableRowKind.BadHeader"/>.</summary>
        InventoryError? Error { get; }

        /// <summary>The rows read so far that are neither the header nor empty, bad ones included.</summary>
        long DataRows { get; }

        /// <summary>The rows skipped so far because every cell is empty or whitespace.</summary>
        long SkippedEmptyRows { get; }

        /// <summary>Whether the file looks like UTF-16 without a byte order mark, read in another encoding: its header errors get a hint.</summary>
        bool LooksLikeUtf16 { get; }

        /// <summary>Moves to the header, the next data row or the next bad row; false at the end of the table.</summary>
        bool Read();

        /// <summary>Ends the table: its owner found the header unusable.</summary>
        void End();
    }
}
