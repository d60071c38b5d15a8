using System;
using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Output;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// Turns a pipeline object into named values for a report: the module's own objects (and other
    /// .NET objects) through their typed columns; PSCustomObjects — Import-Csv rows, Select-Object
    /// output — through their properties in order; a bare value as a <c>Value</c> column.
    /// </summary>
    internal sealed class PipelineRow
    {
        private static readonly string[] ValueColumn = { "Value" };
        private string[]? lastNames;
        private Type? lastType;
        private ObjectColumns? lastColumns;

        public (IReadOnlyList<string> Names, IReadOnlyList<object?> Values) Read(PSObject input)
        {
            var baseObject = input.BaseObject;
            if (baseObject is PSCustomObject) return ReadProperties(input);
            if (baseObject is string || baseObject.GetType().IsPrimitive || baseObject is decimal || baseObject is DateTime)
                return (ValueColumn, new[] { baseObject });
            // A report's rows are nearly always of one type: skip the type lookup for them.
            var type = baseObject.GetType();
            if (type != lastType)
            {
                lastType = type;
                lastColumns = ObjectColumns.For(type);
            }
            return lastColumns!.Read(baseObject);
        }

        private (IReadOnlyList<string>, IReadOnlyList<object?>) ReadProperties(PSObject input)
        {
            var names = new List<string>();
            var values = new List<object?>();
            foreach (var property in input.Properties)
            {
                names.Add(property.Name);
                var value = property.Value;
                values.Add(value is PSObject wrapped ? wrapped.BaseObject : value);
            }
            return (Reuse(names), values);
        }

        /// <summary>Returns the same names array for rows of the same shape, so the report skips matching them.</summary>
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
