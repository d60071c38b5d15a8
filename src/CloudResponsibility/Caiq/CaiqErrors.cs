using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Text;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// One factory per error of a CAIQ, so that each ID always comes with the same message, in the
    /// language asked for. A workbook's errors name the sheet, and a cell's its column letter, in the
    /// message and in <see cref="InventoryError.Sheet"/>.
    /// </summary>
    internal static class CaiqErrors
    {
        public static InventoryError UnknownCaiqAnswer(Language language, RowLocation at, string? sheet, string header, int cell, string value) =>
            Create(CaiqErrorId.UnknownCaiqAnswer, at, sheet, header, cell, value,
                Messages.Format(language, MessageKey.CaiqUnknownAnswer, at.Describe(language), header, InventoryErrors.Quote(value), CaiqAnswerParser.Accepted), language);

        public static InventoryError UnknownCaiqOwnership(Language language, RowLocation at, string? sheet, string header, int cell, string value) =>
            Create(CaiqErrorId.UnknownCaiqOwnership, at, sheet, header, cell, value,
                Messages.Format(language, MessageKey.CaiqUnknownOwnership, at.Describe(language), header, InventoryErrors.Quote(value), CaiqOwnershipParser.Accepted), language);

        public static InventoryError MalformedQuestionId(Language language, RowLocation at, string? sheet, string header, int cell, string value) =>
            Create(CaiqErrorId.MalformedQuestionId, at, sheet, header, cell, value,
                Messages.Format(language, MessageKey.CaiqMalformedQuestionId, at.Describe(language), header, InventoryErrors.Quote(value)), language);

        public static InventoryError MissingRequiredValue(Language language, RowLocation at, string? sheet, string header, int cell) =>
            Create(InventoryErrorId.MissingRequiredValue, at, sheet, header, cell, string.Empty,
                Messages.Format(language, MessageKey.CaiqMissingQuestionId, at.Describe(language), header), language);

        public static InventoryError DuplicateQuestionId(Language language, RowLocation at, string? sheet, string header, int cell, string questionId, RowLocation first) =>
            Create(CaiqErrorId.DuplicateQuestionId, at, sheet, header, cell, questionId,
                Messages.Format(language, MessageKey.CaiqDuplicateQuestionId, at.Describe(language), questionId, first.Describe(language)), language);

        public static InventoryError NoCaiqSheet(Language language, RowLocation at, IEnumerable<string> sheets) =>
            InventoryErrors.Create(CaiqErrorId.NoCaiqSheet, at, null, null,
                Messages.Format(language, MessageKey.CaiqNoSheet, at.Describe(language), CaiqWorkbookRows.SheetPrefix, string.Join(", ", sheets.Select(InventoryErrors.Quote))));

        public static InventoryError NoCaiqHeader(Language language, RowLocation at, string? sheet) =>
            new InventoryError(CaiqErrorId.NoCaiqHeader,
                Messages.Format(language, MessageKey.CaiqNoHeader, at.Describe(language), CaiqColumnNames.Display(CaiqColumn.QuestionId)) + SheetPlace(language, sheet),
                at.File, null, null, null, null, sheet);

        public static InventoryError MissingRequiredColumn(Language language, RowLocation header, string? sheet, CaiqColumn column) =>
            new InventoryError(InventoryErrorId.MissingRequiredColumn,
                Messages.Format(language, MessageKey.MissingRequiredColumn, header.Describe(language), column, InventoryErrors.Quote(CaiqColumnNames.Display(column))) + SheetPlace(language, sheet),
                header.File, header.Row, header.Line, null, null, sheet);

        public static InventoryError DuplicateColumn(Language language, RowLocation header, string? sheet, CaiqColumn column, string first, string second, int cell) =>
            Create(InventoryErrorId.DuplicateColumn, header, sheet, second.Trim(), cell, null,
                Messages.Format(language, MessageKey.DuplicateColumn, header.Describe(language), column, first, second.Trim()), language);

        private static InventoryError Create(string id, RowLocation at, string? sheet, string header, int cell, string? value, string message, Language language) =>
            new InventoryError(id, sheet is null ? message : Sentences.Join(message, WorkbookErrors.CellPlace(language, sheet, ColumnName.Of(cell), header)),
                at.File, at.Row, at.Line, header, value, sheet);

        private static string SheetPlace(Language language, string? sheet) => sheet is null ? string.Empty : " " + WorkbookErrors.SheetPlace(language, sheet);
    }
}
