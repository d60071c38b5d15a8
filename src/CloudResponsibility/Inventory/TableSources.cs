using System;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Opens a table file as what it is: a workbook (.xlsx, by its extension or its first bytes) or
    /// CSV. Every reader of tables opens its files here, so each reads both.
    /// </summary>
    internal static class TableSources
    {
        /// <summary>Opens the file at <paramref name="path"/>, shared for reading and writing, so that a file open in Excel can be read.</summary>
        public static ITableSource Open(string path, TableReaderOptions options)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options.Validate();
            return Xlsx.XlsxWorkbook.LooksLikeWorkbook(path)
                ? new WorkbookTableReader(path, options)
                : TableReader.Open(path, options);
        }

        /// <summary>An error as the reader of its file places it: a workbook's names its sheet and column letter.</summary>
        public static InventoryError Place(this ITableSource source, InventoryError error) =>
            source is WorkbookTableReader workbook ? workbook.Place(error) : error;
    }
}
