using System;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// A problem found while reading an inventory: of a cell, of a row as a whole
    /// (<see cref="Column"/> is null), or of the file (its header). Immutable.
    /// </summary>
    public sealed class InventoryError
    {
        /// <summary>Creates an error. <paramref name="errorId"/> and <paramref name="message"/> are required.</summary>
        public InventoryError(string errorId, string message, string? file = null, long? row = null, long? line = null, string? column = null, string? value = null, string? sheet = null, long? inputPosition = null)
        {
            if (string.IsNullOrWhiteSpace(errorId)) throw new ArgumentException("An error needs an ID.", nameof(errorId));
            if (string.IsNullOrWhiteSpace(message)) throw new ArgumentException("An error needs a message.", nameof(message));
            ErrorId = errorId;
            Message = message;
            File = file;
            Row = row;
            Line = line;
            Column = column;
            Value = value;
            Sheet = sheet;
            InputPosition = inputPosition;
        }

        /// <summary>The stable ID: one of <see cref="InventoryErrorId"/>.</summary>
        public string ErrorId { get; }

        /// <summary>The file (or other source) the error was found in, as it was named when opened.</summary>
        public string? File { get; }

        /// <summary>The worksheet of a workbook, where the reader names it (Import-Caiq's); null for CSV and for readers that put it in the message only.</summary>
        public string? Sheet { get; }

        /// <summary>The row as a spreadsheet numbers it: the header is row 1.</summary>
        public long? Row { get; }

        /// <summary>The physical line of the file where the row starts; differs from <see cref="Row"/> after multi-line cells.</summary>
        public long? Line { get; }

        /// <summary>
        /// For an object piped in (an Import-Csv row) rather than a file's row: its position among
        /// the objects, the first being 1. <see cref="File"/>, <see cref="Row"/> and <see cref="Line"/> are then null.
        /// </summary>
        public long? InputPosition { get; }

        /// <summary>The header of the column, as written in the file; null when the row or the file as a whole is at fault.</summary>
        public string? Column { get; }

        /// <summary>The offending value: the cell, the item of a cell, or the raw row.</summary>
        public string? Value { get; }

        /// <summary>A sentence that names the file, row, column and value, and says what is wrong.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Message;
    }
}
