using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Pipeline
{
    /// <summary>
    /// A pipeline object as a row of named cells, the way the table readers take it: each gettable
    /// property's name (a dictionary's keys, for <c>@{}</c> and <c>[ordered]@{}</c>) and its value
    /// as text — a flag as "true"/"false", a date as the readers read one (<c>2027-06-30</c>),
    /// anything else as PowerShell converts it to a string. Reuses its lists, so read the row
    /// before the next object.
    /// </summary>
    internal sealed class PropertyCells
    {
        private readonly List<string?> names = new List<string?>();
        private readonly List<string?> values = new List<string?>();

        /// <summary>The property names of the last object read.</summary>
        public IReadOnlyList<string?> Names => names;

        /// <summary>The values of the last object read, in the order of <see cref="Names"/>.</summary>
        public IReadOnlyList<string?> Values => values;

        /// <summary>Reads an object's properties.</summary>
        public void Read(PSObject input)
        {
            names.Clear();
            values.Clear();
            if (input.BaseObject is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    names.Add(entry.Key is PSObject key ? key.BaseObject.ToString() : entry.Key.ToString());
                    values.Add(Text(entry.Value));
                }
                return;
            }
            foreach (var property in input.Properties)
            {
                if (!property.IsGettable) continue;
                object? value;
                try
                {
                    value = property.Value;
                }
                catch (GetValueException)
                {
                    value = null;
                }
                names.Add(property.Name);
                values.Add(Text(value));
            }
        }

        /// <summary>Whether the last object's names are <paramref name="headers"/>, in order.</summary>
        public bool HasNames(IReadOnlyList<string> headers)
        {
            if (headers.Count != names.Count) return false;
            for (var i = 0; i < names.Count; i++)
                if (!string.Equals(headers[i], names[i], StringComparison.Ordinal)) return false;
            return true;
        }

        private static string? Text(object? value)
        {
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            return value switch
            {
                null => null,
                string text => text,
                bool flag => flag ? "true" : "false",
                DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "o", CultureInfo.InvariantCulture),
                _ => LanguagePrimitives.ConvertTo<string>(value),
            };
        }
    }
}
