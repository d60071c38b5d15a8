using System;
using System.Text;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// The rows of a CAIQ as they are, title rows included, each as wide as it is: a worksheet's
    /// (<see cref="CaiqWorkbookRows"/>) or a CSV save's (<see cref="CaiqCsvRows"/>). The shared table
    /// readers take the first row as the header; a CAIQ's header comes after CSA's title rows, so
    /// <see cref="CaiqReader"/> looks for it itself.
    /// </summary>
    internal interface ICaiqRows : IDisposable
    {
        /// <summary>The worksheet read, once open; null for CSV.</summary>
        string? Sheet { get; }

        /// <summary>The CSV file's encoding, known after the first <see cref="Read"/>; null for a workbook.</summary>
        Encoding? Encoding { get; }

        /// <summary>Where the current row is.</summary>
        RowLocation Location { get; }

        /// <summary>The current row's cells: up to its last one with something in it (or to its last separator).</summary>
        int Width { get; }

        /// <summary>Cell <paramref name="index"/> of the current row (from 0); null past its end or when empty.</summary>
        string? Cell(int index);

        /// <summary>Why the current row (or the file) cannot be read; null for a row of cells.</summary>
        InventoryError? Error { get; }

        /// <summary>Whether the error ends the file: nothing after it can be read.</summary>
        bool Ended { get; }

        /// <summary>Moves to the next row, or the next row or file that cannot be read; false at the end.</summary>
        bool Read();
    }
}
