using System;
using System.Globalization;
using System.Text;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;

namespace CloudResponsibility.Inventory
{
    /// <summary>One factory per error, so that each ID always comes with the same message, in the language asked for.</summary>
    internal static class InventoryErrors
    {
        // Long values (a raw row, a swallowed line) are cut in messages; the Value property keeps them whole.
        private const int MaxValueInMessage = 120;

        /// <param name="language">The language of the message.</param>
        /// <param name="header">Where the header is.</param>
        /// <param name="column">The column's English name.</param>
        /// <param name="names">The headers that would name it, quoted (<see cref="ColumnSet.Describe"/>).</param>
        /// <summary>A header without a required column; for an object piped in (<see cref="RowLocation.InputPosition"/>), an object without the property.</summary>
        public static InventoryError MissingRequiredColumn(Language language, RowLocation header, string column, string names) =>
            Create(InventoryErrorId.MissingRequiredColumn, header, null, null,
                Messages.Format(language, header.InputPosition is null ? MessageKey.MissingRequiredColumn : MessageKey.MissingRequiredProperty, header.Describe(language), column, names));

        /// <summary>A header that names a column twice; for an object piped in, two of its properties.</summary>
        public static InventoryError DuplicateColumn(Language language, RowLocation header, string column, string firstHeader, string secondHeader) =>
            Create(InventoryErrorId.DuplicateColumn, header, secondHeader, null,
                Messages.Format(language, header.InputPosition is null ? MessageKey.DuplicateColumn : MessageKey.DuplicateProperty, header.Describe(language), column, firstHeader, secondHeader));

        public static InventoryError MissingRequiredValue(Language language, RowLocation at, string header, string column) =>
            Create(InventoryErrorId.MissingRequiredValue, at, header, string.Empty,
                Messages.Format(language, MessageKey.MissingRequiredValue, at.Describe(language), header, column));

        public static InventoryError UnknownServiceModel(Language language, RowLocation at, string header, string value) =>
            Create(InventoryErrorId.UnknownServiceModel, at, header, value,
                Messages.Format(language, MessageKey.UnknownServiceModel, at.Describe(language), header, Quote(value)));

        public static InventoryError UnknownDeploymentModel(Language language, RowLocation at, string header, string value) =>
            Create(InventoryErrorId.UnknownDeploymentModel, at, header, value,
                Messages.Format(language, MessageKey.UnknownDeploymentModel, at.Describe(language), header, Quote(value)));

        public static InventoryError InvalidBoolean(Language language, RowLocation at, string header, string value) =>
            Create(InventoryErrorId.InvalidBoolean, at, header, value,
                Messages.Format(language, MessageKey.InvalidBoolean, at.Describe(language), header, Quote(value)));

        public static InventoryError UnknownCountry(Language language, RowLocation at, string header, string value, string part) =>
            Create(InventoryErrorId.UnknownCountry, at, header, part, part == value.Trim()
                ? Messages.Format(language, MessageKey.UnknownCountry, at.Describe(language), header, Quote(value))
                : Messages.Format(language, MessageKey.UnknownCountryPart, at.Describe(language), header, Quote(part), Quote(value)));

        public static InventoryError MultipleCountries(Language language, RowLocation at, string header, string value, int count) =>
            Create(InventoryErrorId.MultipleCountries, at, header, value,
                Messages.Format(language, MessageKey.MultipleCountries, at.Describe(language), header, Quote(value), count));

        public static InventoryError InvalidContractOverride(Language language, RowLocation at, string header, ContractOverrideError error)
        {
            var where = at.Describe(language);
            var item = Quote(error.Item);
            var message = error.Problem switch
            {
                ContractOverrideProblem.UnknownLayer => Messages.Format(language, MessageKey.ContractOverrideLayer, where, header, item, error.Detail, string.Join(", ", Enum.GetNames(typeof(Layer)))),
                ContractOverrideProblem.UnknownOwner => Messages.Format(language, MessageKey.ContractOverrideOwner, where, header, item, error.Detail),
                ContractOverrideProblem.RepeatedLayer => Messages.Format(language, MessageKey.ContractOverrideRepeatedLayer, where, header, item, error.Detail),
                _ => Messages.Format(language, MessageKey.ContractOverrideForm, where, header, item),
            };
            return Create(InventoryErrorId.InvalidContractOverride, at, header, error.Item, message);
        }

        public static InventoryError WrongColumnCount(Language language, RowLocation at, int expected, int actual, string rawRecord) =>
            Create(InventoryErrorId.WrongColumnCount, at, null, rawRecord,
                Messages.Format(language, MessageKey.WrongColumnCount, at.Describe(language), actual, expected, Quote(rawRecord)));

        public static InventoryError UnbalancedQuote(Language language, RowLocation at, string line, bool isHeader) =>
            Create(InventoryErrorId.UnbalancedQuote, at, null, line,
                Messages.Format(language, isHeader ? MessageKey.UnbalancedQuoteInHeader : MessageKey.UnbalancedQuote, at.Describe(language), Quote(line)));

        public static InventoryError RecordTooLarge(Language language, RowLocation at, int limit, string start, bool isHeader) =>
            Create(InventoryErrorId.RecordTooLarge, at, null, start,
                Messages.Format(language, isHeader ? MessageKey.RecordTooLargeInHeader : MessageKey.RecordTooLarge, at.Describe(language), limit.ToString(CultureInfo.InvariantCulture), Quote(start)));

        /// <summary>A quote left open to the end of a file too long to read again after the line that opens it: nothing after it is read.</summary>
        public static InventoryError UnbalancedQuote(Language language, RowLocation at, string line) =>
            Create(InventoryErrorId.UnbalancedQuote, at, null, line,
                Messages.Format(language, MessageKey.UnclosedQuoteToEnd, at.Describe(language), Quote(line)));

        /// <summary>A file that ends in its last row, short, with no line break after it: cut off in the middle of that row.</summary>
        public static InventoryError TruncatedFile(Language language, RowLocation at, int actual, int expected, string rawRecord) =>
            Truncated(language, at, rawRecord, Messages.Format(language, MessageKey.TruncatedFileRow, at.Describe(language), actual, expected, Quote(rawRecord)));

        /// <summary>
        /// A file that ends inside a record its last line starts: in a quoted cell the line opens, or,
        /// with <paramref name="cutCharacter"/>, in the middle of a character (<paramref name="line"/>
        /// is then what comes before that character).
        /// </summary>
        public static InventoryError TruncatedFile(Language language, RowLocation at, string line, bool cutCharacter) =>
            Truncated(language, at, line, Messages.Format(language, cutCharacter ? MessageKey.TruncatedFileCharacter : MessageKey.TruncatedFileQuote, at.Describe(language), Quote(line)));

        private static InventoryError Truncated(Language language, RowLocation at, string value, string what) =>
            Create(InventoryErrorId.TruncatedFile, at, null, value, Sentences.Join(what, Messages.Format(language, MessageKey.TruncatedFileCutOff)));

        /// <summary>A row with bytes <paramref name="encoding"/> cannot decode; it names the encoding to try instead.</summary>
        public static InventoryError UndecodableText(Language language, RowLocation at, string line, Encoding encoding)
        {
            var tryInstead = encoding.CodePage == Encoding.UTF8.CodePage ? "shift_jis" : "utf8";
            return Create(InventoryErrorId.UndecodableText, at, null, line,
                Messages.Format(language, MessageKey.UndecodableText, at.Describe(language), encoding.WebName, Quote(line), tryInstead));
        }

        /// <summary>An error at a place; the other kinds of table's factories make theirs with it too.</summary>
        internal static InventoryError Create(string id, RowLocation at, string? column, string? value, string message) =>
            new InventoryError(id, message, at.File, at.Row, at.Line, column, value, inputPosition: at.InputPosition);

        /// <summary>A value as a message shows it: quoted, cut when long, line breaks visible.</summary>
        internal static string Quote(string value)
        {
            var shown = value.Length <= MaxValueInMessage ? value : value.Substring(0, MaxValueInMessage) + "…";
            return "'" + shown.Replace("\r", "\\r").Replace("\n", "\\n") + "'";
        }
    }
}
