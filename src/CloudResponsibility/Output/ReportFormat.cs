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
        /// <summary>Invoke-CloudAudit's findings as SARIF 2.1.0, for code-scanning dashboards.</summary>
        Sarif,
        /// <summary>Invoke-CloudAudit's findings as JUnit XML: a test case per service and rule.</summary>
        JUnit,
        /// <summary>Invoke-CloudAudit's findings as a Markdown document.</summary>
        Markdown,
        /// <summary>Invoke-CloudAudit's findings as one self-contained HTML page, sortable and filterable offline.</summary>
        Html,
    }
}
