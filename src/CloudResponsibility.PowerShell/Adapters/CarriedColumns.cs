using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// Puts an inventory's extra columns on an output object as note properties under their own
    /// names, so <c>$_.CostCenter</c>, Where-Object and Group-Object see them. (Reports get them from
    /// the object itself, in the inventory's order.) A column named like one of the object's own
    /// properties stays in the report but is not added twice.
    /// </summary>
    internal static class CarriedColumns
    {
        public static object Attach(object output, CloudService service)
        {
            if (service.AdditionalColumns.Count == 0) return output;
            var wrapped = PSObject.AsPSObject(output);
            foreach (var column in service.AdditionalColumns)
            {
                if (column.Key.Length == 0 || wrapped.Properties[column.Key] is not null) continue;
                wrapped.Properties.Add(new PSNoteProperty(column.Key, column.Value));
            }
            return wrapped;
        }
    }
}
