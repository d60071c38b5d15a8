using System;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Something in an inventory that is allowed but probably a mistake, such as one service name
    /// on two rows. The row is still read. Immutable.
    /// </summary>
    public sealed class InventoryWarning
    {
        /// <summary>The ID of the warning for a service name that an earlier row already has.</summary>
        public const string DuplicateServiceName = nameof(DuplicateServiceName);

        /// <summary>The duplicate-name check reached <see cref="ServiceNameIndex.MaxNames"/> names and remembers no more.</summary>
        public const string DuplicateCheckLimited = nameof(DuplicateCheckLimited);

        /// <summary>Creates a warning. <paramref name="warningId"/> and <paramref name="message"/> are required.</summary>
        public InventoryWarning(string warningId, string message, string? file = null, long? row = null, long? line = null, string? value = null, long? earlierRow = null)
        {
            if (string.IsNullOrWhiteSpace(warningId)) throw new ArgumentException("A warning needs an ID.", nameof(warningId));
            if (string.IsNullOrWhiteSpace(message)) throw new ArgumentException("A warning needs a message.", nameof(message));
            WarningId = warningId;
            Message = message;
            File = file;
            Row = row;
            Line = line;
            Value = value;
            EarlierRow = earlierRow;
        }

        /// <summary>The stable ID, such as <see cref="DuplicateServiceName"/>.</summary>
        public string WarningId { get; }

        /// <summary>The file (or other source), as it was named when opened.</summary>
        public string? File { get; }

        /// <summary>The row the warning is about, as a spreadsheet numbers it.</summary>
        public long? Row { get; }

        /// <summary>The physical line where that row starts.</summary>
        public long? Line { get; }

        /// <summary>The value the warning is about, such as the repeated service name.</summary>
        public string? Value { get; }

        /// <summary>The earlier row involved, such as the first row with the same service name.</summary>
        public long? EarlierRow { get; }

        /// <summary>A sentence that names the file, the rows and the value.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() => Message;
    }
}
