using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Output;

namespace CloudResponsibility.PowerShell.Pipeline
{
    /// <summary>
    /// Turns a pipeline object into a report row: an object whose type declares its report columns
    /// is handed over as it is, to be read on the report's writer thread; any other object —
    /// Import-Csv rows, Select-Object output, other .NET objects — is read now through the
    /// properties PowerShell shows for it, in order, as Export-Csv reads them; a dictionary
    /// (<c>@{}</c>, <c>[ordered]@{}</c>) through its keys, in its order, as pwsh 7's Export-Csv
    /// reads one; a bare value becomes a <c>Value</c> column.
    /// </summary>
    internal sealed class PipelineRow
    {
        private static readonly string[] ValueColumn = { "Value" };
        private readonly Action<string, string> warnNestedColumn;
        private readonly HashSet<string> nestedColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private string[]? lastNames;
        private Type? lastType;
        private ReportColumns? lastColumns;

        /// <summary>
        /// Reads rows; <paramref name="warnNestedColumn"/> is told, once per column, the column's name
        /// and the text written for the first object found in it where a value belongs.
        /// </summary>
        public PipelineRow(Action<string, string> warnNestedColumn) => this.warnNestedColumn = warnNestedColumn;

        /// <summary>Adds the object to the report as a row.</summary>
        public void AddTo(ReportSession session, PSObject input)
        {
            var baseObject = input.BaseObject;
            var type = baseObject.GetType();
            // A report's rows are nearly always of one type: look its columns up once.
            if (type != lastType)
            {
                lastType = type;
                lastColumns = ReportColumns.Of(type);
            }
            if (lastColumns is not null)
                session.Add(baseObject, lastColumns);
            else if (baseObject is string || type.IsPrimitive || baseObject is decimal || baseObject is DateTime)
                session.Add(ValueColumn, new[] { baseObject });
            else if (baseObject is IDictionary dictionary)
                AddEntries(session, dictionary);
            else
                AddProperties(session, input);
        }

        private void AddProperties(ReportSession session, PSObject input)
        {
            var names = new List<string>();
            var values = new List<object?>();
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
                    // A property whose getter throws is an empty cell, as Export-Csv writes it.
                    value = null;
                }
                names.Add(property.Name);
                values.Add(CellOf(property.Name, value));
            }
            session.Add(Reuse(names), values);
        }

        private void AddEntries(ReportSession session, IDictionary dictionary)
        {
            var names = new List<string>(dictionary.Count);
            var values = new List<object?>(dictionary.Count);
            foreach (DictionaryEntry entry in dictionary)
            {
                var name = entry.Key is PSObject key ? key.BaseObject.ToString() : entry.Key.ToString();
                names.Add(name ?? string.Empty);
                values.Add(CellOf(name ?? string.Empty, entry.Value));
            }
            session.Add(Reuse(names), values);
        }

        private object? CellOf(string column, object? value)
        {
            var baseObject = value is PSObject wrapped ? wrapped.BaseObject : value;
            if (baseObject is null || !IsNested(baseObject)) return baseObject;
            // An object where a value belongs is written as PowerShell's string form of it, as
            // Export-Csv writes it (a custom object's would otherwise be an empty cell), and said once.
            var text = PSObject.AsPSObject(value!).ToString();
            if (nestedColumns.Add(column)) warnNestedColumn(column, text);
            return text;
        }

        /// <summary>
        /// Whether a value is an object with properties of its own rather than a value a cell holds:
        /// a custom object, a dictionary, or any type that has no text form but its type's name.
        /// Lists of values stay lists, joined as every report joins them.
        /// </summary>
        private static bool IsNested(object value)
        {
            switch (value)
            {
                case PSCustomObject:
                case IDictionary:
                    return true;
                case string:
                case IFormattable:
                case IEnumerable:
                    return false;
            }
            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum) return false;
            return type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType == typeof(object);
        }

        /// <summary>Returns the same names array for rows of the same shape, so the report recognises them at once.</summary>
        private IReadOnlyList<string> Reuse(List<string> names)
        {
            var last = lastNames;
            if (last is not null && last.Length == names.Count)
            {
                var same = true;
                for (var i = 0; i < last.Length && same; i++) same = string.Equals(last[i], names[i], StringComparison.Ordinal);
                if (same) return last;
            }
            lastNames = names.ToArray();
            return lastNames;
        }
    }
}
