using System.Collections.Generic;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// A CAIQ's header row, mapped by name: which cell holds each column read (-1 for an optional
    /// column the file lacks), and the header's errors — a required column missing, a column named
    /// twice — which end the file.
    /// </summary>
    internal sealed class CaiqHeader
    {
        private static readonly CaiqColumn[] Required = { CaiqColumn.QuestionId, CaiqColumn.Answer, CaiqColumn.Ownership };

        private readonly int[] indexes;
        private readonly string[] headers;

        public CaiqHeader(ICaiqRows rows, Language language)
        {
            var count = System.Enum.GetValues(typeof(CaiqColumn)).Length;
            indexes = new int[count];
            headers = new string[count];
            for (var i = 0; i < count; i++) indexes[i] = -1;
            var at = rows.Location;
            var errors = new List<InventoryError>();
            for (var cell = 0; cell < rows.Width; cell++)
            {
                var text = rows.Cell(cell);
                if (CaiqColumnNames.Find(text) is not CaiqColumn column) continue;
                var slot = (int)column;
                if (indexes[slot] >= 0)
                {
                    errors.Add(CaiqErrors.DuplicateColumn(language, at, rows.Sheet, column, headers[slot], text!, cell));
                    continue;
                }
                indexes[slot] = cell;
                headers[slot] = text!.Trim();
            }
            foreach (var column in Required)
                if (indexes[(int)column] < 0) errors.Add(CaiqErrors.MissingRequiredColumn(language, at, rows.Sheet, column));
            Errors = errors;
        }

        public IReadOnlyList<InventoryError> Errors { get; }

        /// <summary>The cell of <paramref name="column"/>; -1 when the file has none.</summary>
        public int IndexOf(CaiqColumn column) => indexes[(int)column];

        /// <summary>The header of <paramref name="column"/> as the file writes it, line breaks and all; CSA's when the file has none.</summary>
        public string HeaderOf(CaiqColumn column) => headers[(int)column] ?? CaiqColumnNames.Display(column);

        /// <summary>The cell of <paramref name="column"/> in the current row; null when blank or absent.</summary>
        public string? Cell(ICaiqRows rows, CaiqColumn column)
        {
            var index = indexes[(int)column];
            return index < 0 ? null : rows.Cell(index);
        }
    }
}
