using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Inventory
{
    /// <summary>The errors of a workbook as a whole, and the words that place a row's error in a worksheet.</summary>
    internal static class WorkbookErrors
    {
        public static InventoryError Encrypted(Language language, RowLocation at) =>
            InventoryErrors.Create(InventoryErrorId.UnreadableWorkbook, at, null, null,
                Messages.Format(language, MessageKey.WorkbookEncrypted, at.Describe(language)));

        public static InventoryError Corrupt(Language language, RowLocation at, string detail) =>
            InventoryErrors.Create(InventoryErrorId.UnreadableWorkbook, at, null, null,
                Messages.Format(language, MessageKey.WorkbookCorrupt, at.Describe(language), detail));

        /// <summary>The error of a workbook that cannot be opened, or lacks the sheet asked for (<paramref name="sheetAsked"/>).</summary>
        public static InventoryError Of(Language language, RowLocation at, WorkbookException exception, string? sheetAsked) => exception.Problem switch
        {
            WorkbookProblem.Encrypted => Encrypted(language, at),
            WorkbookProblem.SheetNotFound => SheetNotFound(language, at, sheetAsked ?? string.Empty, exception.Message),
            // A part the module found missing is said in the call's language; a damaged package or XML, in the runtime's words.
            _ => Corrupt(language, at, exception.MissingPart is { } part ? Messages.Format(language, MessageKey.WorkbookPartMissing, part) : exception.Message),
        };

        public static InventoryError SheetNotFound(Language language, RowLocation at, string sheet, string sheets) =>
            InventoryErrors.Create(InventoryErrorId.WorksheetNotFound, at, null, sheet,
                Messages.Format(language, MessageKey.WorksheetNotFound, at.Describe(language), InventoryErrors.Quote(sheet), sheets));

        /// <summary>"(sheet 'Inventory', column C 'DataLocation')".</summary>
        public static string CellPlace(Language language, string sheet, string letter, string header) =>
            Messages.Format(language, MessageKey.WorkbookCellPlace, sheet, letter, header);

        /// <summary>"(sheet 'Inventory')".</summary>
        public static string SheetPlace(Language language, string sheet) =>
            Messages.Format(language, MessageKey.WorkbookSheetPlace, sheet);
    }
}
