using CloudResponsibility.Localization;
using CloudResponsibility.Model;

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
