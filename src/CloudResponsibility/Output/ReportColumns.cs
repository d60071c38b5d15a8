using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CloudResponsibility.Output.Formats;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The columns a report writes for a type that declares them with <see cref="ReportColumnAttribute"/>
    /// (and <see cref="ReportColumnPairsAttribute"/>), each read from a row through its property's
    /// getter (see <see cref="ReportColumn"/>). Built once per type; immutable, so one instance
    /// serves every report at once.
    /// </summary>
    public sealed class ReportColumns
    {
        private static readonly ConcurrentDictionary<Type, ReportColumns?> Declared = new ConcurrentDictionary<Type, ReportColumns?>();
        private static readonly IReadOnlyList<KeyValuePair<string, string>> NoPairs = Array.Empty<KeyValuePair<string, string>>();

        private readonly ReportColumn[] columns;
        private readonly Func<object, IReadOnlyList<KeyValuePair<string, string>>>? pairs;
        private readonly bool expandsPairs;

        private ReportColumns(ReportColumn[] columns, Func<object, IReadOnlyList<KeyValuePair<string, string>>>? pairs, bool expandsPairs)
        {
            this.columns = columns;
            this.pairs = pairs;
            this.expandsPairs = expandsPairs;
            Names = Array.AsReadOnly(columns.Select(column => column.Name).ToArray());
        }

        /// <summary>The declared columns, in order; a row's pairs come after them.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The columns <paramref name="type"/> declares; null for a type that declares none.</summary>
        /// <exception cref="InvalidOperationException">The type's declaration breaks a rule of <see cref="ReportColumnAttribute"/>.</exception>
        public static ReportColumns? Of(Type type) => Declared.GetOrAdd(type ?? throw new ArgumentNullException(nameof(type)), Build);

        /// <summary>The name/value pairs a row adds after the declared columns; empty for none.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> PairsOf(object row) =>
            expandsPairs ? PairsIn(row) : NoPairs;

        /// <summary>The names of a row's columns: the declared ones, then its pairs'.</summary>
        public IReadOnlyList<string> NamesOf(object row)
        {
            var extra = PairsOf(row);
            return extra.Count == 0 ? Names : Names.Concat(extra.Select(pair => pair.Key)).ToArray();
        }

        /// <summary>Gives a row's cells to <paramref name="writer"/>, in the order of <see cref="NamesOf"/>.</summary>
        public void Write(object row, ReportWriter writer)
        {
            foreach (var column in columns) column.Write(row, writer);
            if (!expandsPairs) return;
            var extra = PairsIn(row);
            for (var i = 0; i < extra.Count; i++) writer.Text(extra[i].Value);
        }

        /// <summary>A row's cells, in the order of <see cref="NamesOf"/>, as <see cref="Write"/> gives them.</summary>
        public object?[] Read(object row)
        {
            var extra = PairsOf(row);
            var values = new object?[columns.Length + extra.Count];
            for (var i = 0; i < columns.Length; i++) values[i] = columns[i].Read(row);
            for (var i = 0; i < extra.Count; i++) values[columns.Length + i] = extra[i].Value;
            return values;
        }

        /// <summary>
        /// These columns narrowed to <paramref name="names"/>, in that order (matched without regard
        /// to case): a declared column by its name; on a type with pairs, any other name is one of
        /// them, read from each row (see <see cref="MissingIn"/>). A selection writes no other pairs.
        /// </summary>
        /// <exception cref="UnknownColumnException">A name that is none of these.</exception>
        /// <exception cref="ArgumentException">A name given twice, or empty.</exception>
        public ReportColumns Select(IReadOnlyList<string> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            var selected = new List<ReportColumn>();
            foreach (var given in names)
            {
                if (string.IsNullOrWhiteSpace(given)) throw new ArgumentException("A column name is empty.", nameof(names));
                var name = given.Trim();
                if (selected.Any(column => Same(column.Name, name))) throw new ArgumentException($"The column '{name}' is named twice.", nameof(names));
                var declared = columns.FirstOrDefault(column => Same(column.Name, name));
                if (declared is not null) selected.Add(declared);
                else if (pairs is not null) selected.Add(ReportColumn.Pair(name, PairsIn));
                else throw new UnknownColumnException(new[] { name }, Names);
            }
            return new ReportColumns(selected.ToArray(), pairs, expandsPairs: false);
        }

        /// <summary>The selected pair columns (see <see cref="Select"/>) that a row lacks: names misspelt, or of another inventory.</summary>
        public IReadOnlyList<string> MissingIn(object row)
        {
            var wanted = columns.Where(column => column.IsPair).ToList();
            if (wanted.Count == 0) return Array.Empty<string>();
            var present = PairsIn(row);
            return wanted.Where(column => !present.Any(pair => Same(pair.Key, column.Name))).Select(column => column.Name).ToList();
        }

        private IReadOnlyList<KeyValuePair<string, string>> PairsIn(object row) => pairs?.Invoke(row) ?? NoPairs;

        private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        private static ReportColumns? Build(Type type)
        {
            var properties = Hierarchy(type)
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
                .ToList();
            var declared = properties.Where(p => p.IsDefined(typeof(ReportColumnAttribute), inherit: true)).ToList();
            var pairProperties = properties.Where(p => p.IsDefined(typeof(ReportColumnPairsAttribute), inherit: true)).ToList();
            if (declared.Count == 0 && pairProperties.Count == 0) return null;
            if (type.IsValueType) throw new InvalidOperationException($"{type.FullName} declares report columns but is a value type; a report row is a class.");
            if (pairProperties.Count > 1) throw new InvalidOperationException($"{type.FullName} marks {pairProperties.Count} properties with [ReportColumnPairs]; a type has at most one.");
            foreach (var property in declared.Concat(pairProperties))
            {
                if (property.GetGetMethod() is null || property.GetIndexParameters().Length > 0)
                    throw new InvalidOperationException($"{type.FullName}.{property.Name} is a report column but has no public getter, or has parameters.");
                if (property.GetSetMethod() is not null)
                    throw new InvalidOperationException($"{type.FullName}.{property.Name} is a report column with a public setter; a report reads its rows later, on another thread, so they must be immutable.");
            }
            var pairProperty = pairProperties.SingleOrDefault();
            if (pairProperty is not null && !typeof(IReadOnlyList<KeyValuePair<string, string>>).IsAssignableFrom(pairProperty.PropertyType))
                throw new InvalidOperationException($"{type.FullName}.{pairProperty.Name} is marked [ReportColumnPairs] but is not an IReadOnlyList<KeyValuePair<string, string>>.");
            var pairs = pairProperty is null ? null : PairsGetter(pairProperty);
            return new ReportColumns(declared.Select(ReportColumn.Of).ToArray(), pairs, expandsPairs: pairs is not null);
        }

        private static IEnumerable<Type> Hierarchy(Type type)
        {
            var chain = new Stack<Type>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Push(t);
            return chain;
        }

        /// <summary>The pairs' getter as a delegate over the row as an object: no expression to compile.</summary>
        private static Func<object, IReadOnlyList<KeyValuePair<string, string>>> PairsGetter(PropertyInfo property) =>
            (Func<object, IReadOnlyList<KeyValuePair<string, string>>>)typeof(ReportColumns)
                .GetMethod(nameof(TypedPairsGetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(property.DeclaringType!, property.PropertyType)
                .Invoke(null, new object[] { property.GetGetMethod()! })!;

        private static Func<object, IReadOnlyList<KeyValuePair<string, string>>> TypedPairsGetter<TRow, TPairs>(MethodInfo getter)
            where TPairs : IReadOnlyList<KeyValuePair<string, string>>
        {
            var get = (Func<TRow, TPairs>)getter.CreateDelegate(typeof(Func<TRow, TPairs>));
            return row => get((TRow)row);
        }
    }
}
