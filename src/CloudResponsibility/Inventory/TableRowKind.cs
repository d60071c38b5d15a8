namespace CloudResponsibility.Inventory
{
    /// <summary>What <see cref="TableReader"/> is positioned on.</summary>
    internal enum TableRowKind
    {
        /// <summary>The header: the first row with something in it. Its owner maps it, and may end the table.</summary>
        Header,
        /// <summary>A data row, its values in header order.</summary>
        Row,
        /// <summary>A data row that cannot be read as cells of the header's columns; <see cref="TableReader.Error"/> says why.</summary>
        BadRow,
        /// <summary>A header line that cannot be parsed; the table ends with it.</summary>
        BadHeader,
    }
}
