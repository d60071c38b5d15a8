using System.Collections.Generic;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Inventory
{
    /// <summary>One factory per error, so that each ID always comes with the same kind of message.</summary>
    internal static class InventoryErrors
    {
        // Long values (a raw row, a swallowed line) are cut in messages; the Value property keeps them whole.
        private const int MaxValueInMessage = 120;

        public static InventoryError MissingRequiredColumn(RowLocation header, InventoryColumn column) =>
            Create(InventoryErrorId.MissingRequiredColumn, header, null, null,
                $"The header{HeaderRow(header)} of {Source(header)} has no {column} column; name a column {Names(column)}. Nothing more is read from this file.");

        public static InventoryError DuplicateColumn(RowLocation header, InventoryColumn column, string firstHeader, string secondHeader) =>
            Create(InventoryErrorId.DuplicateColumn, header, secondHeader, null,
                $"The header{HeaderRow(header)} of {Source(header)} names the {column} column twice, as '{firstHeader}' and '{secondHeader}'; keep one of them. Nothing more is read from this file.");

        public static InventoryError MissingRequiredValue(RowLocation at, string header, InventoryColumn column) =>
            Create(InventoryErrorId.MissingRequiredValue, at, header, string.Empty,
                $"{at.Describe()}, column '{header}': the cell is empty, but every service needs a {column}.");

        public static InventoryError UnknownServiceModel(RowLocation at, string header, string value) =>
            Create(InventoryErrorId.UnknownServiceModel, at, header, value,
                $"{at.Describe()}, column '{header}': {Quote(value)} is not a service model; expected {ServiceModelParser.Expected}.");

        public static InventoryError UnknownDeploymentModel(RowLocation at, string header, string value) =>
            Create(InventoryErrorId.UnknownDeploymentModel, at, header, value,
                $"{at.Describe()}, column '{header}': {Quote(value)} is not a deployment model; expected {DeploymentModelParser.Expected}, or an empty cell.");

        public static InventoryError InvalidBoolean(RowLocation at, string header, string value) =>
            Create(InventoryErrorId.InvalidBoolean, at, header, value,
                $"{at.Describe()}, column '{header}': {Quote(value)} is not yes or no; expected {BooleanParser.Expected}.");

        public static InventoryError UnknownCountry(RowLocation at, string header, string value, string part)
        {
            var what = part == value.Trim() ? Quote(value) : $"{Quote(part)} in {Quote(value)}";
            return Create(InventoryErrorId.UnknownCountry, at, header, part,
                $"{at.Describe()}, column '{header}': {what} names no country; write ISO 3166 codes such as JP or US, or names such as Japan or 日本, separated by ';'.");
        }

        public static InventoryError MultipleCountries(RowLocation at, string header, string value, int count) =>
            Create(InventoryErrorId.MultipleCountries, at, header, value,
                $"{at.Describe()}, column '{header}': {Quote(value)} names {count} countries, but a vendor has one home country.");

        public static InventoryError InvalidContractOverride(RowLocation at, string header, string item, string reason) =>
            Create(InventoryErrorId.InvalidContractOverride, at, header, item,
                $"{at.Describe()}, column '{header}': the item {Quote(item)} {reason}; write Layer=Owner or Layer=Owner:clause, such as Data=Provider:Art. 12.");

        public static InventoryError WrongColumnCount(RowLocation at, int expected, int actual, string rawRecord) =>
            Create(InventoryErrorId.WrongColumnCount, at, null, rawRecord,
                $"{at.Describe()} has {actual} cells, but the header has {expected}; the row is not read. The row: {Quote(rawRecord)}.");

        public static InventoryError UnbalancedQuote(RowLocation at, string line, bool isHeader) =>
            Create(InventoryErrorId.UnbalancedQuote, at, null, line,
                isHeader
                    ? $"{at.Describe()} is the header, and it opens a quote that is never closed, or has text after a closing quote: {Quote(line)}. Nothing more is read from this file."
                    : $"{at.Describe()} opens a quote that is never closed, or has text after a closing quote: {Quote(line)}. The line is not read; the lines after it are read as rows.");

        public static InventoryError RecordTooLarge(RowLocation at, int limit, string start, bool isHeader) =>
            Create(InventoryErrorId.RecordTooLarge, at, null, start,
                $"{at.Describe()} is longer than {limit} bytes without a quoted cell to explain it, and is not read{(isHeader ? "; it is the header, so nothing more is read from this file" : "; the lines after it are read as rows")}. It starts: {Quote(start)}.");

        private static InventoryError Create(string id, RowLocation at, string? column, string? value, string message) =>
            new InventoryError(id, message, at.File, at.Row, at.Line, column, value);

        private static string Source(RowLocation at) => at.File is null ? "the inventory" : $"'{at.File}'";

        private static string HeaderRow(RowLocation at) => at.Row is long row ? $" (row {row})" : string.Empty;

        private static string Names(InventoryColumn column)
        {
            var names = new List<string>();
            foreach (var name in InventoryColumnNames.GetNames(column)) names.Add($"'{name}'");
            return string.Join(" or ", names);
        }

        private static string Quote(string value)
        {
            var shown = value.Length <= MaxValueInMessage ? value : value.Substring(0, MaxValueInMessage) + "…";
            return "'" + shown.Replace("\r", "\\r").Replace("\n", "\\n") + "'";
        }
    }
}
