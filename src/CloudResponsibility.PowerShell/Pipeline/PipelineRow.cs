using System;
using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Output;

namespace CloudResponsibility.PowerShell.Pipeline
{
    /// <summary>
    /// Turns a pipeline object into a report row: an object whose type declares its report columns
    /// is handed over as it is, to be read on the report's writer thread; any other object —
    /// Import-Csv rows, Select-Object output, other .NET objects — is read now through the
    /// properties PowerShell shows for it, in order, as Export-Csv reads them; a bare value becomes
    /// a <c>Value</c> column.
    /// </summary>
    internal sealed class PipelineRow
    {
        private static readonly string[] ValueColumn = { "Value" };
        private string[]? lastNames;
        private Type? lastType;
        private ReportColumns? lastColumns;

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
                names.Add(property.Name);
                values.Add(ValueOf(property));
            }
            session.Add(Reuse(names), values);
        }

        private static object? ValueOf(PSPropertyInfo property)
        {
            try
            {
                var value = property.Value;
                return value is PSObject wrapped ? wrapped.BaseObject : value;
            }
            catch (GetValueException)
            {
                // A property whose getter throws is an empty cell, as Export-Csv writes it.
                return null;
            }
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
