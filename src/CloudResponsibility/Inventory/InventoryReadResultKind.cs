namespace CloudResponsibility.Inventory
{
    /// <summary>What an <see cref="InventoryReadResult"/> carries.</summary>
    public enum InventoryReadResultKind
    {
        /// <summary>A service read from a row.</summary>
        Service,
        /// <summary>An error of a cell, a row or the file.</summary>
        Error,
        /// <summary>A warning, such as a repeated service name; the row's service follows it.</summary>
        Warning,
    }
}
