using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Management.Automation;
using CloudResponsibility.Output;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// Shows an inventory's extra columns as properties of the objects that carry them (services,
    /// their matrix rows and legal findings) under their own names, beside the typed properties —
    /// so Where-Object, Format-Table, Group-Object, Select-Object and Export-Csv see CostCenter like
    /// any property. A type adapter (registered in CloudResponsibility.Types.ps1xml) costs nothing per
    /// object, unlike note properties, which PowerShell keeps in a side table for every object.
    /// </summary>
    public sealed class AdditionalColumnsAdapter : PSPropertyAdapter
    {
        /// <inheritdoc />
        public override Collection<string> GetTypeNameHierarchy(object baseObject)
        {
            var names = new Collection<string>();
            for (var type = baseObject.GetType(); type is not null; type = type.BaseType) names.Add(type.FullName ?? type.Name);
            return names;
        }

        /// <inheritdoc />
        public override Collection<PSAdaptedProperty> GetProperties(object baseObject)
        {
            var columns = ObjectColumns.For(baseObject.GetType());
            var properties = new Collection<PSAdaptedProperty>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Names.Count; i++)
            {
                seen.Add(columns.Names[i]);
                properties.Add(new PSAdaptedProperty(columns.Names[i], i));
            }
            foreach (var column in columns.AdditionalOf(baseObject))
                if (column.Key.Length > 0 && seen.Add(column.Key)) properties.Add(new PSAdaptedProperty(column.Key, column.Key));
            return properties;
        }

        /// <inheritdoc />
        public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName)
        {
            var columns = ObjectColumns.For(baseObject.GetType());
            for (var i = 0; i < columns.Names.Count; i++)
                if (string.Equals(columns.Names[i], propertyName, StringComparison.OrdinalIgnoreCase)) return new PSAdaptedProperty(columns.Names[i], i);
            foreach (var column in columns.AdditionalOf(baseObject))
                if (column.Key.Length > 0 && string.Equals(column.Key, propertyName, StringComparison.OrdinalIgnoreCase)) return new PSAdaptedProperty(column.Key, column.Key);
            return null;
        }

        /// <inheritdoc />
        public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty)
        {
            var instance = adaptedProperty.BaseObject;
            if (adaptedProperty.Tag is int index) return ObjectColumns.For(instance.GetType()).GetValue(instance, index);
            var name = (string)adaptedProperty.Tag;
            foreach (var column in ObjectColumns.For(instance.GetType()).AdditionalOf(instance))
                if (string.Equals(column.Key, name, StringComparison.OrdinalIgnoreCase)) return column.Value;
            return null;
        }

        /// <inheritdoc />
        public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

        /// <inheritdoc />
        public override bool IsSettable(PSAdaptedProperty adaptedProperty) => false;

        /// <inheritdoc />
        public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value) =>
            throw new SetValueException($"{adaptedProperty.Name} is read-only: the module's objects are immutable. Use Select-Object to make a copy to change.");

        /// <inheritdoc />
        public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty)
        {
            var value = GetPropertyValue(adaptedProperty);
            return (value?.GetType() ?? typeof(object)).FullName ?? "System.Object";
        }
    }
}
