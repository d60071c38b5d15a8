namespace CloudResponsibility.Output
{
    /// <summary>What a bulk export did.</summary>
    public sealed class BulkExportSummary
    {
        internal BulkExportSummary(long services, long rows, long rowsWithErrors, long skippedEmptyRows)
        {
            Services = services;
            Rows = rows;
            RowsWithErrors = rowsWithErrors;
            SkippedEmptyRows = skippedEmptyRows;
        }

        /// <summary>Services read and resolved.</summary>
        [ReportColumn]
        public long Services { get; }

        /// <summary>Report rows written.</summary>
        [ReportColumn]
        public long Rows { get; }

        /// <summary>Inventory rows that had errors and were not exported.</summary>
        [ReportColumn]
        public long RowsWithErrors { get; }

        /// <summary>Empty inventory rows skipped.</summary>
        [ReportColumn]
        public long SkippedEmptyRows { get; }
    }
}
