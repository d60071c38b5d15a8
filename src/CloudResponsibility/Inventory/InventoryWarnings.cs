namespace CloudResponsibility.Inventory
{
    /// <summary>One factory per warning, as <see cref="InventoryErrors"/> has for errors.</summary>
    internal static class InventoryWarnings
    {
        public static InventoryWarning DuplicateServiceName(RowLocation at, string serviceName, long earlierRow) =>
            new InventoryWarning(InventoryWarning.DuplicateServiceName,
                $"{at.Describe()}: the service name '{serviceName}' is also on row {earlierRow}; both rows are read, but a report per service will show it twice.",
                at.File, at.Row, at.Line, serviceName, earlierRow);

        public static InventoryWarning DuplicateCheckLimited(RowLocation at) =>
            new InventoryWarning(InventoryWarning.DuplicateCheckLimited,
                $"{at.Describe()}: the duplicate-name check remembers the first {ServiceNameIndex.MaxNames:N0} service names, so that memory stays bounded; names after this row are compared with those but not with each other.",
                at.File, at.Row, at.Line);
    }
}
