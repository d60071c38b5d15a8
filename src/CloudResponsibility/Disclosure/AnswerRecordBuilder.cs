using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Turns the rows of one filled questionnaire into answer records: given the headers once, it
    /// maps them to <see cref="QuestionnaireColumn"/>s by <see cref="QuestionnaireColumnNames"/>,
    /// then takes the values of each row in header order — from a CSV reader, the properties of an
    /// Import-Csv object or a CAIQ importer's objects alike: rows of named cells in, records out. A
    /// row yields every error of its cells, in column order, and its <see cref="AnswerRecord"/>
    /// unless it lacks its ServiceName or ItemId, without which it answers no known line. A cell that
    /// cannot be read does not cost the row its record, because the vendor did answer the line and
    /// its result must say so rather than that no row answers it: an Answer that is no accepted
    /// answer is kept as text (<see cref="AnswerRecord.AnswerText"/>), and so is a ValidUntil that is
    /// no date (<see cref="AnswerRecord.ValidUntilText"/>); a ServiceModel that is no model is left
    /// empty, for the service's model to come from the inventory or an earlier row.
    /// Columns the tool does not know are kept, in header order, under their header text.
    /// </summary>
    public sealed class AnswerRecordBuilder
    {
        private readonly Language language;
        private readonly HeaderMap map;

        /// <summary>
        /// Maps the headers of a questionnaire. Problems of the header (ServiceName, ItemId or Answer
        /// missing, a column named twice) are in <see cref="HeaderErrors"/>; with any, no row can be built.
        /// </summary>
        /// <param name="headers">The header texts, in file order.</param>
        /// <param name="file">The name of the file, for the errors; null when there is none.</param>
        /// <param name="headerRow">The row of the header, for the errors.</param>
        /// <param name="headerLine">The physical line of the header, when known.</param>
        /// <param name="language">The language of the errors' messages.</param>
        public AnswerRecordBuilder(IReadOnlyList<string?> headers, string? file = null, long? headerRow = 1, long? headerLine = null, Language language = Language.En)
            : this(headers, file, new RowLocation(file, headerRow, headerLine), language)
        {
        }

        private AnswerRecordBuilder(IReadOnlyList<string?> headers, string? file, RowLocation header, Language language)
        {
            if (headers is null) throw new ArgumentNullException(nameof(headers));
            File = file;
            this.language = language;
            map = new HeaderMap(headers, QuestionnaireColumnNames.Set, header, language);
            Headers = Array.AsReadOnly(map.Headers);
        }

        /// <summary>
        /// Maps the property names of objects piped in (Import-Csv rows, hashtables) as a header:
        /// its problems name the object at <paramref name="position"/> (from 1) and its properties,
        /// not a file's header row. Build the objects' rows with <see cref="BuildInputObject"/>.
        /// </summary>
        public static AnswerRecordBuilder ForInputObject(IReadOnlyList<string?> names, long position, Language language = Language.En)
        {
            if (position < 1) throw new ArgumentOutOfRangeException(nameof(position), position, "Positions start at 1.");
            return new AnswerRecordBuilder(names, null, RowLocation.OfInputObject(position), language);
        }

        /// <summary>The file named in the errors.</summary>
        public string? File { get; }

        /// <summary>The headers, as written.</summary>
        public IReadOnlyList<string> Headers { get; }

        /// <summary>The problems of the header; while there are any, <see cref="Build"/> cannot be called.</summary>
        public IReadOnlyList<InventoryError> HeaderErrors => map.Errors;

        /// <summary>The header of a column, as written; null when the questionnaire has none.</summary>
        public string? HeaderOf(QuestionnaireColumn column) => map.IndexOf((int)column) < 0 ? null : map.Header((int)column);

        /// <summary>
        /// Builds the record of one row. <paramref name="values"/> are in header order; missing values
        /// at the end read as empty. A row whose cells are all empty should be skipped, not built.
        /// </summary>
        public AnswerRecordResult Build(IReadOnlyList<string?> values, long? row = null, long? line = null) => Build(values, new RowLocation(File, row, line));

        /// <summary>
        /// Builds the record of an object piped in (an Import-Csv row): as <see cref="Build(IReadOnlyList{string}, long?, long?)"/>,
        /// placed by <paramref name="position"/>, the object's position among those piped in (from 1),
        /// in its errors and on its record (<see cref="AnswerRecord.InputPosition"/>), with no file row.
        /// </summary>
        public AnswerRecordResult BuildInputObject(IReadOnlyList<string?> values, long position)
        {
            if (position < 1) throw new ArgumentOutOfRangeException(nameof(position), position, "Positions start at 1.");
            return Build(values, RowLocation.OfInputObject(position));
        }

        private AnswerRecordResult Build(IReadOnlyList<string?> values, RowLocation at)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (HeaderErrors.Count > 0) throw new InvalidOperationException("The header has errors, so no row can be read: " + HeaderErrors[0].Message);

            List<InventoryError>? errors = null;
            var serviceName = Required(values, QuestionnaireColumn.ServiceName, at, ref errors);
            var vendor = TrimToNull(Value(values, QuestionnaireColumn.Vendor));
            var serviceModel = ReadServiceModel(values, at, ref errors);
            var itemId = Required(values, QuestionnaireColumn.ItemId, at, ref errors);
            var answer = ReadAnswer(values, at, ref errors, out var answerText);
            var evidence = TrimToNull(Value(values, QuestionnaireColumn.Evidence));
            var certificationName = TrimToNull(Value(values, QuestionnaireColumn.CertificationName));
            var validUntil = ReadValidUntil(values, at, ref errors, out var validUntilText);
            var comment = TrimToNull(Value(values, QuestionnaireColumn.Comment));

            // Without its service or its line, a row answers nothing the tool can name: its errors alone.
            if (serviceName is null || itemId is null) return new AnswerRecordResult(null, errors);
            return new AnswerRecordResult(
                new AnswerRecord(serviceName, TextNormalizer.Normalize(itemId).ToUpperInvariant(), answer, vendor, serviceModel, evidence, certificationName,
                    validUntil, comment, map.AdditionalColumns(values), at.File, at.Row, at.Line, answerText, answerText is null ? null : Header(QuestionnaireColumn.Answer),
                    validUntilText, validUntilText is null ? null : Header(QuestionnaireColumn.ValidUntil), at.InputPosition),
                errors);
        }

        private string? Required(IReadOnlyList<string?> values, QuestionnaireColumn column, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = TrimToNull(Value(values, column));
            if (text is null) Add(ref errors, DisclosureErrors.MissingRequiredValue(language, at, Header(column), column));
            return text;
        }

        private ServiceModel? ReadServiceModel(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, QuestionnaireColumn.ServiceModel);
            if (TextNormalizer.IsBlank(text)) return null;
            if (ServiceModelParser.TryParse(text, out var model)) return model;
            Add(ref errors, InventoryErrors.UnknownServiceModel(language, at, Header(QuestionnaireColumn.ServiceModel), text!));
            return null;
        }

        private VendorAnswer? ReadAnswer(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors, out string? unreadable)
        {
            var text = Value(values, QuestionnaireColumn.Answer);
            unreadable = null;
            if (AnswerParser.TryParse(text, out var answer)) return answer;
            unreadable = text;
            Add(ref errors, DisclosureErrors.UnknownAnswer(language, at, Header(QuestionnaireColumn.Answer), text!));
            return null;
        }

        private DateTime? ReadValidUntil(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors, out string? unreadable)
        {
            var text = Value(values, QuestionnaireColumn.ValidUntil);
            unreadable = null;
            if (TextNormalizer.IsBlank(text)) return null;
            if (DateParser.TryParse(text, out var date)) return date;
            unreadable = text;
            Add(ref errors, DisclosureErrors.InvalidDate(language, at, Header(QuestionnaireColumn.ValidUntil), text!));
            return null;
        }

        private string? Value(IReadOnlyList<string?> values, QuestionnaireColumn column) => map.Value(values, (int)column);

        private string Header(QuestionnaireColumn column) => map.Header((int)column);

        private static string? TrimToNull(string? text) => TextNormalizer.IsBlank(text) ? null : text!.Trim();

        private static void Add(ref List<InventoryError>? errors, InventoryError error) => (errors ??= new List<InventoryError>(2)).Add(error);
    }
}
