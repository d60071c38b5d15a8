namespace CloudResponsibility.Inventory
{
    /// <summary>What <see cref="CsvRecordSource"/> is positioned on.</summary>
    internal enum RecordStatus
    {
        /// <summary>A record, whose fields can be read.</summary>
        Record,
        /// <summary>A line whose quote is never closed or has text after its closing quote; the lines after it follow as records.</summary>
        UnbalancedQuote,
        /// <summary>A record longer than the limit, skipped to its end (its quoted cells' lines included); the records after it follow.</summary>
        TooLarge,
        /// <summary>A record whose quote is left open to the end of an input too long to hold: nothing follows it.</summary>
        UnclosedToEnd,
        /// <summary>A record with bytes the encoding cannot decode: nothing follows it, so that no text is read wrongly.</summary>
        Undecodable,
        /// <summary>
        /// A record the input ends inside, as a copy or export stopped in the middle of the file
        /// leaves it: in a quoted cell the record's last line opens, or in the middle of a character.
        /// Nothing follows it. (A record that is merely short with no line break after it is the
        /// table's to judge: <see cref="CsvRecordSource.EndsWithoutLineBreak"/>.)
        /// </summary>
        Truncated,
    }
}
