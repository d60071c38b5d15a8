using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>A row's cells as the findings reports read them back: by column name, as text.</summary>
    internal static class ReportCells
    {
        /// <summary>The cells by name, without regard to case; the first of a repeated name wins.</summary>
        public static Dictionary<string, string> ByName(IReadOnlyList<string> columns, IReadOnlyList<object?> values)
        {
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < columns.Count && i < values.Count; i++)
                if (!cells.ContainsKey(columns[i])) cells[columns[i]] = ReportValue.Format(values[i]) ?? string.Empty;
            return cells;
        }
    }
}
