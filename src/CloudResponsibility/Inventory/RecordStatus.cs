namespace CloudResponsibility.Inventory
{
    /// <summary>What <see cref="CsvRecordSource"/> is positioned on.</summary>
    internal enum RecordStatus
    {
        /// <summary>A record, whose fields can be read.</summary>
        Record,
        /// <summary>A line whose quote is never closed or has text after its closing quote; the lines after it follow as records.</summary>
        UnbalancedQuote,
        /// <summary>A record longer than the limit, with no open quote to explain it; the lines after its first follow as records.</summary>
        TooLarge,
    }
}
