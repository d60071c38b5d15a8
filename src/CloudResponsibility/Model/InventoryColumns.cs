using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// The inventory columns the tool does not interpret, as name/value pairs in their original
    /// order. Prints as <c>CostCenter=IT-100;ContractEnd=2027-03-31</c>, so a spreadsheet export of
    /// an object that carries them (Export-Csv calls ToString) shows them, not a type name.
    /// </summary>
    public sealed class InventoryColumns : IReadOnlyList<KeyValuePair<string, string>>
    {
        private readonly KeyValuePair<string, string>[] columns;

        /// <summary>No columns.</summary>
        public static readonly InventoryColumns Empty = new InventoryColumns(Array.Empty<KeyValuePair<string, string>>());

        /// <summary>Keeps the given pairs, in order.</summary>
        public InventoryColumns(IEnumerable<KeyValuePair<string, string>> columns)
            : this((columns ?? throw new ArgumentNullException(nameof(columns))).ToArray())
        {
        }

        private InventoryColumns(KeyValuePair<string, string>[] columns)
        {
            this.columns = columns;
        }

        /// <summary>Keeps <paramref name="columns"/> itself, without a copy: the caller gives the array up.</summary>
        internal static InventoryColumns Own(KeyValuePair<string, string>[] columns) => new InventoryColumns(columns);

        /// <inheritdoc />
        public KeyValuePair<string, string> this[int index] => columns[index];

        /// <inheritdoc />
        public int Count => columns.Length;

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)columns).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => columns.GetEnumerator();

        /// <summary>The pairs as <c>name=value</c>, joined with <c>;</c>.</summary>
        public override string ToString() => string.Join(";", columns.Select(column => column.Key + "=" + column.Value));
    }
}
