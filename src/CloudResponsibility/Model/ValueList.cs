using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// An immutable list of values that prints as <c>a;b;c</c>. Links between catalog items and
    /// multi-valued inventory cells use it, so a spreadsheet export (ours, or Export-Csv, which calls
    /// ToString) shows the values in the same form the inventory accepts, not a type name.
    /// </summary>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>, IValueList
    {
        /// <summary>The separator between values in text form.</summary>
        public const char Separator = ';';

        private readonly T[] items;
        private string? text;

        /// <summary>An empty list.</summary>
        public static readonly ValueList<T> Empty = new ValueList<T>(Array.Empty<T>());

        /// <summary>Creates a list of the given values, in order.</summary>
        public ValueList(IEnumerable<T> items)
        {
            if (items is null) throw new ArgumentNullException(nameof(items));
            this.items = items.ToArray();
        }

        /// <inheritdoc />
        public T this[int index] => items[index];

        /// <inheritdoc />
        public int Count => items.Length;

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

        /// <summary>
        /// The values joined with <c>;</c>, numbers in the invariant culture. Kept once made: a
        /// service's list is printed on each of its nine matrix rows.
        /// </summary>
        public override string ToString() => text ??= string.Join(Separator.ToString(), items.Select(Text));

        private static string? Text(T item) =>
            item is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : item?.ToString();

        /// <inheritdoc />
        public bool Equals(ValueList<T>? other) =>
            other is not null && items.SequenceEqual(other.items);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in items) hash = unchecked(hash * 31 + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
            return hash;
        }
    }
}
