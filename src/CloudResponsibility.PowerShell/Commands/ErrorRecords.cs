using System;
using System.Management.Automation;
using System.IO;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// One factory per error the module reports: a stable, non-localised error ID (scripts and tests
    /// match on it), the right category, and the offending object as target.
    /// </summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord UnknownId(string kind, string id, string hint) => new ErrorRecord(
            new ItemNotFoundException($"No {kind} has the ID '{id}'. {hint}"),
            "UnknownId", ErrorCategory.ObjectNotFound, id);

        public static ErrorRecord CatalogInvalid(CatalogValidationException exception) => new ErrorRecord(
            exception, "CatalogInvalid", ErrorCategory.InvalidData, null);

        public static ErrorRecord InvalidLanguagePreference(string? value) => new ErrorRecord(
            new ArgumentException($"${LanguageSelection.PreferenceVariable} is '{value}'; set it to 'ja' or 'en', or remove it."),
            "InvalidLanguagePreference", ErrorCategory.InvalidArgument, value);

        public static ErrorRecord NotACatalogEntry(object input, string expected) => new ErrorRecord(
            new ArgumentException($"The input '{input}' is neither {expected} nor an ID; pipe catalog objects or ID strings."),
            "UnsupportedInput", ErrorCategory.InvalidArgument, input);

        /// <summary>Columns asked for (-Property) that the rows do not have; the names as target.</summary>
        public static ErrorRecord UnknownColumn(Output.UnknownColumnException exception) => new ErrorRecord(
            exception, "UnknownColumn", ErrorCategory.InvalidArgument, exception.Unknown);

        /// <summary>A column list that names a column twice, or an empty name.</summary>
        public static ErrorRecord InvalidColumnList(ArgumentException exception, string[] columns) => new ErrorRecord(
            exception, "InvalidColumnList", ErrorCategory.InvalidArgument, columns);

        /// <summary>A problem of an inventory row, cell or header: its own stable ID, the row's location in the message.</summary>
        public static ErrorRecord Inventory(InventoryError error, object? target) => new ErrorRecord(
            new InvalidDataException(error.Message), error.ErrorId, ErrorCategory.InvalidData, target ?? error)
        {
            ErrorDetails = new ErrorDetails(error.Message),
        };
    }
}
