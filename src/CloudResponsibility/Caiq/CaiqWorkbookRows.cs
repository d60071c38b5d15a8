using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// The rows of a CAIQ workbook's questions sheet, streamed by the in-house reader
    /// (<see cref="XlsxWorkbook"/>): the sheet named, or else the first whose name starts with
    /// "CAIQv" (CAIQv4.0.3, CAIQv4.1 …), as CSA names it. A workbook that cannot be read, or has no
    /// such sheet, is one error of the file.
    /// </summary>
    internal sealed class CaiqWorkbookRows : ICaiqRows
    {
        /// <summary>How CSA starts the name of the questions sheet.</summary>
        public const string SheetPrefix = "CAIQv";

        private readonly string file;
        private readonly Language language;
        private readonly string? worksheetName;
        private XlsxWorkbook? workbook;
        private WorksheetReader? sheet;
        private bool opened;

        public CaiqWorkbookRows(string file, TableReaderOptions options)
        {
            this.file = file;
            language = options.Language;
            worksheetName = options.WorksheetName;
        }

        public string? Sheet { get; private set; }

        public Encoding? Encoding => null;

        public RowLocation Location { get; private set; }

        public int Width => Error is null && sheet is not null ? sheet.Width : 0;

        /// <summary>A cell, without the apostrophe of a CSV report's protected text that a spreadsheet kept when it saved the workbook.</summary>
        public string? Cell(int index) => Error is null ? FormulaProtection.UnprotectCell(sheet?.Cell(index)) : null;

        public InventoryError? Error { get; private set; }

        public bool Ended { get; private set; }

        public bool Read()
        {
            Error = null;
            if (Ended) return false;
            if (!opened && !Open()) return true;
            try
            {
                if (!sheet!.Read())
                {
                    Ended = true;
                    return false;
                }
            }
            catch (Exception exception) when (exception is XmlException || exception is InvalidDataException || exception is IOException)
            {
                return Fail(WorkbookErrors.Corrupt(language, new RowLocation(file, null, null), exception.Message));
            }
            Location = new RowLocation(file, sheet.Row, null);
            return true;
        }

        public void Dispose()
        {
            sheet?.Dispose();
            workbook?.Dispose();
        }

        /// <summary>The sheet a CAIQ's questions are on: the first whose name starts with "CAIQv"; null when none does.</summary>
        public static string? FindSheet(IReadOnlyList<string> sheets) =>
            sheets.FirstOrDefault(name => name.Trim().StartsWith(SheetPrefix, StringComparison.OrdinalIgnoreCase));

        private bool Open()
        {
            opened = true;
            var at = new RowLocation(file, null, null);
            try
            {
                workbook = XlsxWorkbook.Open(file);
                var name = worksheetName ?? FindSheet(workbook.SheetNames);
                if (name is null)
                {
                    Fail(CaiqErrors.NoCaiqSheet(language, at, workbook.SheetNames));
                    return false;
                }
                sheet = workbook.OpenSheet(name, out var sheetName);
                Sheet = sheetName;
                return true;
            }
            catch (WorkbookException exception)
            {
                Fail(WorkbookErrors.Of(language, at, exception, worksheetName));
                return false;
            }
        }

        /// <summary>The workbook cannot be read on: one error of the file, then the end.</summary>
        private bool Fail(InventoryError error)
        {
            Error = error;
            Ended = true;
            return true;
        }
    }
}
