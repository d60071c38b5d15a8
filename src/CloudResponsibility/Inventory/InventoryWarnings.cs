using System.Globalization;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Inventory
{
    /// <summary>One factory per warning, as <see cref="InventoryErrors"/> has for errors.</summary>
    internal static class InventoryWarnings
    {
        public static InventoryWarning DuplicateServiceName(Language language, RowLocation at, string serviceName, long earlierRow) =>
            new InventoryWarning(InventoryWarning.DuplicateServiceName,
                Messages.Format(language, MessageKey.DuplicateServiceName, at.Describe(language), serviceName, earlierRow),
                at.File, at.Row, at.Line, serviceName, earlierRow);

        public static InventoryWarning DuplicateCheckLimited(Language language, RowLocation at) =>
            new InventoryWarning(InventoryWarning.DuplicateCheckLimited,
                Messages.Format(language, MessageKey.DuplicateCheckLimited, at.Describe(language), ServiceNameIndex.MaxNames.ToString("N0", CultureInfo.InvariantCulture)),
                at.File, at.Row, at.Line);
    }
}
