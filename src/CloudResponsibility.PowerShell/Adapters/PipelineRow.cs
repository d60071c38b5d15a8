using System;
using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Output;

namespace CloudResponsibility.PowerShell.Adapters
{
    /// <summary>
    /// Turns a pipeline object into a report row: the module's own objects are handed over as they
    /// are, to be read through their typed columns on the report's writer thread; other .NET objects
    /// are read through their columns at once; PSCustomObjects — Import-Csv rows, Select-Object
    /// output — through their properties in order; a bare value becomes a <c>Value</c> column.
    /// </summary>
    internal sealed class PipelineRow
    {
        private static readonly string[] ValueColumn = { "Value" };
        private string[]? lastNames;
        private Type? lastType;
        private ObjectColumns? lastColumns;

        /// <summary>Adds the object to the report as a row.</summary>
        public void AddTo(ReportSession session, PSObject input)
        {
            var baseObject = input.BaseObject;
            if (baseObject is PSCustomObject)
            {
                var (names, values) = ReadProperties(input);
                session.Add(names, values);
                return;
            }
            if (baseObject is string || baseObject.GetType().IsPrimitive || baseObject is decimal || baseObject is DateTime)
            {
                session.Add(ValueColumn, new[] { baseObject });
                return;
            }
            // A report's rows are nearly always of one type: skip the type lookup for them.
            var type = baseObject.GetType();
            if (type != lastType)
            {
                lastType = type;
                lastColumns = ObjectColumns.For(type);
            }
            // The module's objects are read on the writer's thread; others now, as they are.
            if (lastColumns!.CanBeReadLater)
            {
                session.Add(baseObject, lastColumns);
                return;
            }
            var (objectNames, objectValues) = lastColumns.Read(baseObject);
            session.Add(objectNames, objectValues);
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
