using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// Shows an inventory's extra columns as properties of the objects that carry them (services and
    /// legal findings) under their own names, beside the typed properties — so Where-Object,
    /// Format-Table, Group-Object, Select-Object and Export-Csv see CostCenter like any property. A
    /// type adapter (registered in CloudResponsibility.Types.ps1xml) costs nothing per object, unlike
    /// note properties, which PowerShell keeps in a side table for every object.
    /// </summary>
    public sealed class AdditionalColumnsAdapter : PSPropertyAdapter
    {
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new ConcurrentDictionary<Type, PropertyInfo[]>();

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
            var properties = new Collection<PSAdaptedProperty>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in PropertiesOf(baseObject.GetType()))
            {
                seen.Add(property.Name);
                properties.Add(new PSAdaptedProperty(property.Name, property));
            }
            foreach (var pair in PairsOf(baseObject))
                if (pair.Key.Length > 0 && seen.Add(pair.Key)) properties.Add(new PSAdaptedProperty(pair.Key, pair.Key));
            return properties;
        }

        /// <inheritdoc />
        public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName)
        {
            foreach (var property in PropertiesOf(baseObject.GetType()))
                if (string.Equals(property.Name, propertyName, StringComparison.OrdinalIgnoreCase)) return new PSAdaptedProperty(property.Name, property);
            foreach (var pair in PairsOf(baseObject))
                if (pair.Key.Length > 0 && string.Equals(pair.Key, propertyName, StringComparison.OrdinalIgnoreCase)) return new PSAdaptedProperty(pair.Key, pair.Key);
            return null;
        }

        /// <inheritdoc />
        public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty)
        {
            var instance = adaptedProperty.BaseObject;
            if (adaptedProperty.Tag is PropertyInfo property) return property.GetValue(instance);
            var name = (string)adaptedProperty.Tag;
            foreach (var pair in PairsOf(instance))
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)) return pair.Value;
            return null;
        }

        /// <inheritdoc />
        public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

        /// <inheritdoc />
        public override bool IsSettable(PSAdaptedProperty adaptedProperty) => false;

        /// <inheritdoc />
        public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value) =>
            throw new SetValueException(Messages.Format(SessionLanguage(), MessageKey.PropertyReadOnly, adaptedProperty.Name));

        /// <inheritdoc />
        public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty) =>
            adaptedProperty.Tag is PropertyInfo property ? property.PropertyType.FullName ?? property.PropertyType.Name : typeof(string).FullName!;

        /// <summary>The public properties of a type, a base class's first, but the one whose pairs are shown as properties of their own.</summary>
        private static PropertyInfo[] PropertiesOf(Type type) => Properties.GetOrAdd(type, t =>
        {
            var chain = new Stack<Type>();
            for (var level = t; level is not null && level != typeof(object); level = level.BaseType) chain.Push(level);
            return chain
                .SelectMany(level => level.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
                .Where(p => p.GetGetMethod() is not null && p.GetIndexParameters().Length == 0 && !p.IsDefined(typeof(ReportColumnPairsAttribute), true))
                .ToArray();
        });

        /// <summary>The language of the session that sets the property: its preference, else its UI culture's.</summary>
        private static Model.Language SessionLanguage()
        {
            var preference = Runspace.DefaultRunspace?.SessionStateProxy.GetVariable(LanguageSelection.PreferenceVariable);
            return LanguageSelection.TryParse((preference is PSObject wrapped ? wrapped.BaseObject : preference)?.ToString(), out var language)
                ? language
                : LanguageSelection.OfCulture(CultureInfo.CurrentUICulture);
        }

        private static IReadOnlyList<KeyValuePair<string, string>> PairsOf(object instance) =>
            ReportColumns.Of(instance.GetType())?.PairsOf(instance) ?? Array.Empty<KeyValuePair<string, string>>();
    }
}
