using System;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// One thing an <see cref="InventoryReader"/> found, in file order: a service with the row it
    /// came from, an error, or a warning. Immutable.
    /// </summary>
    public sealed class InventoryReadResult
    {
        private InventoryReadResult(InventoryReadResultKind kind, string? file, long? row, long? line, CloudService? service, InventoryError? error, InventoryWarning? warning,
            string? serviceName = null, bool ofHeader = false)
        {
            Kind = kind;
            File = file;
            Row = row;
            Line = line;
            Service = service;
            Error = error;
            Warning = warning;
            ServiceName = service?.ServiceName ?? serviceName;
            OfHeader = ofHeader;
        }

        /// <summary>Which of <see cref="Service"/>, <see cref="Error"/> and <see cref="Warning"/> is set.</summary>
        public InventoryReadResultKind Kind { get; }

        /// <summary>The file, as it was named when opened.</summary>
        public string? File { get; }

        /// <summary>The row as a spreadsheet numbers it (the header is row 1); null for an error of the file as a whole.</summary>
        public long? Row { get; }

        /// <summary>The physical line where the row starts.</summary>
        public long? Line { get; }

        /// <summary>The service, for <see cref="InventoryReadResultKind.Service"/>.</summary>
        public CloudService? Service { get; }

        /// <summary>The error, for <see cref="InventoryReadResultKind.Error"/>.</summary>
        public InventoryError? Error { get; }

        /// <summary>The warning, for <see cref="InventoryReadResultKind.Warning"/>.</summary>
        public InventoryWarning? Warning { get; }

        /// <summary>
        /// The service's name: for an error of a data row, the service the row names when its
        /// ServiceName cell could be read though other cells could not (null when it could not).
        /// The errors of one row come one after another, each with the row's name.
        /// </summary>
        public string? ServiceName { get; }

        /// <summary>
        /// Whether the error is of the header (a required column missing, a column named twice, a
        /// line that cannot be read in its place): the file yields nothing more after it.
        /// </summary>
        public bool OfHeader { get; }

        /// <summary>A result that carries a service.</summary>
        public static InventoryReadResult ForService(CloudService service, string? file, long? row, long? line) =>
            new InventoryReadResult(InventoryReadResultKind.Service, file, row, line, service ?? throw new ArgumentNullException(nameof(service)), null, null);

        /// <summary>A result that carries an error, at the error's own place.</summary>
        public static InventoryReadResult ForError(InventoryError error)
        {
            if (error is null) throw new ArgumentNullException(nameof(error));
            return new InventoryReadResult(InventoryReadResultKind.Error, error.File, error.Row, error.Line, null, error, null);
        }

        /// <summary>A result that carries an error of a data row, at the error's own place, with the service the row names (null when its name cannot be read).</summary>
        public static InventoryReadResult ForRowError(InventoryError error, string? serviceName)
        {
            if (error is null) throw new ArgumentNullException(nameof(error));
            return new InventoryReadResult(InventoryReadResultKind.Error, error.File, error.Row, error.Line, null, error, null, serviceName);
        }

        /// <summary>A result that carries an error of the header, after which the file yields nothing.</summary>
        public static InventoryReadResult ForHeaderError(InventoryError error)
        {
            if (error is null) throw new ArgumentNullException(nameof(error));
            return new InventoryReadResult(InventoryReadResultKind.Error, error.File, error.Row, error.Line, null, error, null, ofHeader: true);
        }

        /// <summary>A result that carries a warning, at the warning's own place.</summary>
        public static InventoryReadResult ForWarning(InventoryWarning warning)
        {
            if (warning is null) throw new ArgumentNullException(nameof(warning));
            return new InventoryReadResult(InventoryReadResultKind.Warning, warning.File, warning.Row, warning.Line, null, null, warning);
        }

        /// <inheritdoc />
        public override string ToString() => Kind switch
        {
            InventoryReadResultKind.Service => $"Row {Row}: {Service}",
            InventoryReadResultKind.Error => Error!.Message,
            _ => Warning!.Message,
        };
    }
}
