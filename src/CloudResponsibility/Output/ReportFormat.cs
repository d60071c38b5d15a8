namespace CloudResponsibility.Output
{
    /// <summary>The file formats reports are written in; <see cref="Formats.ReportFormats"/> knows each.</summary>
    public enum ReportFormat
    {
        /// <summary>RFC 4180 CSV, as spreadsheets open it.</summary>
        Csv,
        /// <summary>A JSON array of flat objects.</summary>
        Json,
        /// <summary>An Excel workbook (.xlsx): typed cells, a frozen header with a filter, never a formula.</summary>
        Xlsx,
    }
}
