using System;
using System.IO;
using System.Threading;
using CloudResponsibility.Streams;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Opens a table file as what it is: a workbook (.xlsx, by its extension or its first bytes) or
    /// CSV. Every reader of tables opens its files here, so each reads both.
    /// </summary>
    internal static class TableSources
    {
        /// <summary>Opens the file at <paramref name="path"/>, shared for reading and writing, so that a file open in Excel can be read.</summary>
        public static ITableSource Open(string path, TableReaderOptions options, CancellationToken cancellation = default)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options.Validate();
            if (XlsxWorkbook.HasWorkbookExtension(path)) return new WorkbookTableReader(path, options);
            // No buffer of its own: the CSV reader takes 64 KiB at a time. A stream that cannot seek
            // (a pipe) is CSV: its first bytes cannot be looked at without taking them.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
            try
            {
                if (stream.CanSeek && XlsxWorkbook.StartsLikeWorkbook(stream))
                {
                    stream.Dispose();
                    return new WorkbookTableReader(path, options);
                }
                return TableReader.Open(cancellation.CanBeCanceled ? new StoppableStream(stream, cancellation) : stream, path, options, leaveOpen: false);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        /// <summary>An error as the reader of its file places it: a workbook's names its sheet and column letter.</summary>
        public static InventoryError Place(this ITableSource source, InventoryError error) =>
            source is WorkbookTableReader workbook ? workbook.Place(error) : error;
    }
}
