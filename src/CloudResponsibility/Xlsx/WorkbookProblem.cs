namespace CloudResponsibility.Xlsx
{
    /// <summary>Why a workbook cannot be read.</summary>
    internal enum WorkbookProblem
    {
        /// <summary>Not a ZIP package of a workbook, or a damaged one.</summary>
        Corrupt,
        /// <summary>An encrypted (password-protected) workbook, or an Excel 97-2003 .xls: both are OLE compound files.</summary>
        Encrypted,
        /// <summary>The worksheet asked for is not in the workbook.</summary>
        SheetNotFound,
    }
}
