namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// How <see cref="InventoryReader"/> reads a file: the options of any table, and the
    /// inventory's own. Immutable: start from <see cref="Default"/> and change what differs, as in
    /// <c>InventoryReaderOptions.Default with { Delimiter = ';' }</c>.
    /// </summary>
    public sealed record InventoryReaderOptions : TableReaderOptions
    {
        /// <summary>The options of a plain comma-separated file in any of the detected encodings.</summary>
        public static new InventoryReaderOptions Default { get; } = new InventoryReaderOptions();

        /// <summary>
        /// Whether a service name seen on an earlier row is reported (the default). The check holds
        /// up to <see cref="ServiceNameIndex.MaxNames"/> names; turning it off saves that memory.
        /// </summary>
        public bool CheckDuplicateNames { get; init; } = true;
    }
}
