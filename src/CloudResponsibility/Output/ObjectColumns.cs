using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The report columns of one of the module's types: its public properties in declaration order
    /// (a base class's first, so every catalog object starts Id, Name, Description, Source), read
    /// through code compiled for the type at its first row — or, for the two rows reports carry by
    /// the million, through <see cref="KnownRowCells"/>, written by hand. A property named
    /// <c>AdditionalColumns</c> holding name/value pairs — the inventory's own extra columns —
    /// expands into one column per pair, so they round-trip.
    /// </summary>
    public sealed class ObjectColumns
    {
        /// <summary>The name of the property that expands into columns.</summary>
        public const string AdditionalColumnsProperty = "AdditionalColumns";

        private static readonly ConcurrentDictionary<Type, ObjectColumns> Cache = new ConcurrentDictionary<Type, ObjectColumns>();

        // Selections kept for reuse, up to a number a session's scripts will not reach by hand:
        // a scheduled job writes the same columns run after run, and each new selection compiles
        // its cells (1–2 ms, and optimised again in the background).
        private const int MaxKeptSelections = 64;

        private readonly Type type;
        private readonly IReadOnlyList<Column> columns;
        private readonly PropertyInfo? pairsProperty;
        private readonly Lazy<Func<object, object?>[]> getters;
        private readonly Lazy<Action<object, CellSink>> writeCells;
        private readonly Func<object, IReadOnlyList<KeyValuePair<string, string>>>? pairs;
        private readonly bool expandsPairs;
        private readonly ConcurrentDictionary<string, ObjectColumns> selections = new ConcurrentDictionary<string, ObjectColumns>(StringComparer.Ordinal);
        private string[]? lastCombined;

        private ObjectColumns(Type type, IReadOnlyList<Column> columns, PropertyInfo? pairsProperty, bool expandsPairs, bool canBeReadLater, Action<object, CellSink>? handWrittenCells)
        {
            this.type = type;
            this.columns = columns;
            this.pairsProperty = pairsProperty;
            this.expandsPairs = expandsPairs;
            Names = columns.Select(column => column.Name).ToArray();
            // Compiled only when PowerShell asks for a property: a report needs none of them.
            getters = new Lazy<Func<object, object?>[]>(() => columns.Select(column => Getter(type, column)).ToArray());
            // Compiled on first use, and only for types whose cells are not written by hand.
            writeCells = handWrittenCells is not null
                ? new Lazy<Action<object, CellSink>>(() => handWrittenCells)
                : new Lazy<Action<object, CellSink>>(() => CellWriter(type, columns));
            pairs = pairsProperty is null ? null : PairsGetter(type, pairsProperty);
            CanBeReadLater = canBeReadLater;
        }

        /// <summary>The fixed columns, in order.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>
        /// Whether a row of this type may be read after it was handed over — later, on another
        /// thread. True for the module's own read-only types, which are immutable once built; false
        /// for any other .NET object, which a script may change after passing it on.
        /// </summary>
        public bool CanBeReadLater { get; }

        /// <summary>The columns of a type (built once per type).</summary>
        public static ObjectColumns For(Type type) => Cache.GetOrAdd(type, t => Build(t, KnownRowCells.For(t)));

        /// <summary>
        /// The columns of a type with cells compiled from its properties even where
        /// <see cref="KnownRowCells"/> writes them by hand: what the tests hold the hand-written cells to.
        /// </summary>
        internal static ObjectColumns Compiled(Type type) => Build(type, handWrittenCells: null);

        /// <summary>The typed value of fixed column <paramref name="index"/> of an instance (an enum stays an enum).</summary>
        public object? GetValue(object instance, int index) => getters.Value[index](instance);

        /// <summary>The name/value pairs an instance adds after the fixed columns (its inventory's extra columns).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalOf(object instance) =>
            (expandsPairs ? pairs?.Invoke(instance) : null) ?? Array.Empty<KeyValuePair<string, string>>();

        /// <summary>
        /// These columns narrowed to <paramref name="names"/>, in that order (matched without regard
        /// to case): a fixed column by its name; any other name, on a type whose
        /// <c>AdditionalColumns</c> holds the inventory's own columns, one of those, read from each
        /// instance (see <see cref="MissingIn"/>). A selection does not expand the other pairs.
        /// The same names give the same selection again.
        /// </summary>
        /// <exception cref="UnknownColumnException">A name that is none of these.</exception>
        /// <exception cref="ArgumentException">A name given twice, or empty.</exception>
        public ObjectColumns Select(IReadOnlyList<string> names)
        {
            if (names is null) throw new ArgumentNullException(nameof(names));
            var selected = new List<Column>();
            foreach (var given in names)
            {
                if (string.IsNullOrWhiteSpace(given)) throw new ArgumentException("A column name is empty.", nameof(names));
                var name = given.Trim();
                if (selected.Any(column => string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase)))
                    throw new ArgumentException($"The column '{name}' is named twice.", nameof(names));
                var known = columns.FirstOrDefault(column => string.Equals(column.Name, name, StringComparison.OrdinalIgnoreCase));
                if (known is not null) selected.Add(known);
                else if (pairsProperty is not null) selected.Add(Column.Pair(name));
                else throw new UnknownColumnException(new[] { name }, Names);
            }
            // Length-prefixed: a header may hold any character, a separator included.
            var key = string.Concat(selected.Select(column => column.Name.Length + ":" + column.Name));
            if (selections.TryGetValue(key, out var kept)) return kept;
            var selection = new ObjectColumns(type, selected, pairsProperty, expandsPairs: false, CanBeReadLater, handWrittenCells: null);
            return selections.Count < MaxKeptSelections ? selections.GetOrAdd(key, selection) : selection;
        }

        /// <summary>The selected inventory columns that an instance does not have: names misspelt, or of another inventory.</summary>
        public IReadOnlyList<string> MissingIn(object instance)
        {
            var wanted = columns.Where(column => column.PairName is not null).ToList();
            if (wanted.Count == 0 || pairs is null) return Array.Empty<string>();
            var present = pairs(instance);
            return wanted
                .Where(column => !present.Any(pair => string.Equals(pair.Key, column.PairName, StringComparison.OrdinalIgnoreCase)))
                .Select(column => column.Name)
                .ToList();
        }

        /// <summary>
        /// The names and report cells of an instance (see <see cref="ReadInto"/>). Rows of the same
        /// shape get the same names instance, which lets a <see cref="ReportSession"/> skip matching them by name.
        /// </summary>
        public (IReadOnlyList<string> Names, object?[] Values) Read(object instance)
        {
            var values = Array.Empty<object?>();
            var names = ReadInto(instance, ref values);
            return (names, values);
        }

        /// <summary>
        /// Reads an instance's report cells into <paramref name="buffer"/> and returns their names.
        /// Cells are the values as a report writes them: enum members as their names, small values
        /// in shared boxes, everything else as it is. The buffer is replaced by one of the row's
        /// length when it has another, so rows of one shape — nearly all of a report — reuse it.
        /// </summary>
        public IReadOnlyList<string> ReadInto(object instance, ref object?[] buffer)
        {
            var extra = AdditionalOrNull(instance);
            var fixedCount = Names.Count;
            var count = fixedCount + (extra?.Count ?? 0);
            if (buffer.Length != count) buffer = new object?[count];
            writeCells.Value(instance, new ArrayCells(buffer));
            if (extra is null || extra.Count == 0) return Names;
            for (var i = 0; i < extra.Count; i++) buffer[fixedCount + i] = extra[i].Value;
            return CombinedNames(extra);
        }

        /// <summary>The names of an instance's columns, as <see cref="ReadInto"/> returns them, without reading its values.</summary>
        public IReadOnlyList<string> NamesOf(object instance)
        {
            var extra = AdditionalOrNull(instance);
            return extra is null || extra.Count == 0 ? Names : CombinedNames(extra);
        }

        /// <summary>
        /// Gives an instance's cells to <paramref name="sink"/>, typed, in the order of
        /// <see cref="NamesOf"/>: the same cells <see cref="ReadInto"/> reads, without boxing them
        /// into an array first (a report writer's thread spends a quarter of its time less per row).
        /// </summary>
        public void WriteCells(object instance, CellSink sink)
        {
            writeCells.Value(instance, sink);
            var extra = AdditionalOrNull(instance);
            if (extra is null) return;
            for (var i = 0; i < extra.Count; i++) sink.Text(extra[i].Value);
        }

        /// <summary>The value of an inventory column among an instance's pairs; null where it has none.</summary>
        public static string? PairValue(IReadOnlyList<KeyValuePair<string, string>>? pairs, string name)
        {
            if (pairs is null) return null;
            for (var i = 0; i < pairs.Count; i++)
                if (string.Equals(pairs[i].Key, name, StringComparison.OrdinalIgnoreCase)) return pairs[i].Value;
            return null;
        }

        private IReadOnlyList<KeyValuePair<string, string>>? AdditionalOrNull(object instance) => expandsPairs ? pairs?.Invoke(instance) : null;

        private IReadOnlyList<string> CombinedNames(IReadOnlyList<KeyValuePair<string, string>> extra)
        {
            var cached = lastCombined;
            var fixedCount = Names.Count;
            if (cached is not null && cached.Length == fixedCount + extra.Count)
            {
                var same = true;
                for (var i = 0; i < extra.Count && same; i++) same = string.Equals(cached[fixedCount + i], extra[i].Key, StringComparison.Ordinal);
                if (same) return cached;
            }
            var combined = Names.Concat(extra.Select(pair => pair.Key)).ToArray();
            // Read from the report writer's thread too: the array is complete before it is published.
            lastCombined = combined;
            return combined;
        }

        private static ObjectColumns Build(Type type, Action<object, CellSink>? handWrittenCells)
        {
            var properties = Hierarchy(type)
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetGetMethod() is not null)
                .ToList();
            var expanded = properties.FirstOrDefault(p => p.Name == AdditionalColumnsProperty
                && typeof(IReadOnlyList<KeyValuePair<string, string>>).IsAssignableFrom(p.PropertyType));
            var plain = properties.Where(p => p != expanded).Select(Column.Of).ToList();
            // The module's own types: the domain library's, and those it compiles into CloudResponsibility.Types.
            var ours = type.Assembly == typeof(ObjectColumns).Assembly || type.Assembly == typeof(Model.CloudService).Assembly;
            var canBeReadLater = ours && properties.All(p => p.GetSetMethod() is null);
            return new ObjectColumns(type, plain, expanded, expandsPairs: expanded is not null, canBeReadLater, handWrittenCells);
        }

        private static IEnumerable<Type> Hierarchy(Type type)
        {
            var chain = new Stack<Type>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Push(t);
            return chain;
        }

        private static Func<object, object?> Getter(Type type, Column column)
        {
            var instance = Expression.Parameter(typeof(object), "instance");
            var body = Boxed(column.Read(Expression.Convert(instance, type)));
            return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
        }

        /// <summary>
        /// The inventory columns' getter, as a delegate over the property's own getter: no
        /// expression to compile for it (see <see cref="TypedPairsGetter{TOwner, TPairs}"/>).
        /// </summary>
        private static Func<object, IReadOnlyList<KeyValuePair<string, string>>> PairsGetter(Type type, PropertyInfo property)
        {
            if (type.IsValueType || property.PropertyType.IsValueType)
                return instance => (IReadOnlyList<KeyValuePair<string, string>>)property.GetValue(instance)!;
            var typed = typeof(ObjectColumns).GetMethod(nameof(TypedPairsGetter), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(type, property.PropertyType);
            return (Func<object, IReadOnlyList<KeyValuePair<string, string>>>)typed.Invoke(null, new object[] { property.GetGetMethod()! })!;
        }

        // Instantiated over reference types only, so the precompiled shared code serves every type.
        private static Func<object, IReadOnlyList<KeyValuePair<string, string>>> TypedPairsGetter<TOwner, TPairs>(MethodInfo getter)
            where TOwner : class
            where TPairs : class, IReadOnlyList<KeyValuePair<string, string>>
        {
            var get = (Func<TOwner, TPairs>)getter.CreateDelegate(typeof(Func<TOwner, TPairs>));
            return instance => get((TOwner)instance);
        }

        /// <summary>One compiled method that gives every fixed column of an instance to a <see cref="CellSink"/>, typed.</summary>
        private static Action<object, CellSink> CellWriter(Type type, IReadOnlyList<Column> columns)
        {
            var instance = Expression.Parameter(typeof(object), "instance");
            var sink = Expression.Parameter(typeof(CellSink), "sink");
            var typed = Expression.Variable(type, "typed");
            var body = new List<Expression> { Expression.Assign(typed, Expression.Convert(instance, type)) };
            body.AddRange(columns.Select(column => TypedCell(sink, column.Read(typed))));
            return Expression.Lambda<Action<object, CellSink>>(Expression.Block(new[] { typed }, body), instance, sink).Compile();
        }

        /// <summary>The call that gives a value to the sink: the cell <see cref="Cell"/> reads, through the sink's typed method.</summary>
        private static Expression TypedCell(ParameterExpression sink, Expression value)
        {
            var type = value.Type;
            var underlying = Nullable.GetUnderlyingType(type);
            if (type == typeof(string)) return Give(sink, nameof(CellSink.Text), value);
            if (type.IsEnum || underlying is { IsEnum: true }) return Give(sink, nameof(CellSink.Text), Cell(value));
            if (type == typeof(bool)) return Give(sink, nameof(CellSink.Bool), value);
            if (underlying == typeof(bool)) return Give(sink, nameof(CellSink.NullableBool), value);
            if (type == typeof(int)) return Give(sink, nameof(CellSink.Int), value);
            return Give(sink, nameof(CellSink.Value), Boxed(value));
        }

        private static Expression Give(ParameterExpression sink, string method, Expression value) =>
            Expression.Call(sink, typeof(CellSink).GetMethod(method)!, value);

        /// <summary>The value as a report cell: an enum member as its name, anything else as <see cref="Boxed"/> gives it.</summary>
        private static Expression Cell(Expression value)
        {
            var type = value.Type;
            var underlying = Nullable.GetUnderlyingType(type);
            if (type.IsEnum) return EnumName(value);
            if (underlying is { IsEnum: true })
                return Expression.Condition(Expression.Property(value, "HasValue"), EnumName(Expression.Property(value, "Value")), Expression.Constant(null, typeof(string)));
            return Boxed(value);
        }

        /// <summary>
        /// An enum member's name through a switch compiled into the method, so a cell costs no
        /// lookup; a value that is no member (a cast number) is named by <see cref="EnumNames"/>.
        /// </summary>
        private static Expression EnumName(Expression value)
        {
            var named = Expression.Call(typeof(EnumNames), nameof(EnumNames.Of), new[] { value.Type }, value);
            var cases = Enum.GetValues(value.Type).Cast<object>().Distinct()
                .Select(member => Expression.SwitchCase(Expression.Constant(member.ToString()), Expression.Constant(member, value.Type)))
                .ToArray();
            return cases.Length == 0 ? named : Expression.Switch(value, named, cases);
        }

        /// <summary>The value as an object, through <see cref="BoxCache"/> where it is a small value that repeats.</summary>
        private static Expression Boxed(Expression value)
        {
            var type = value.Type;
            var underlying = Nullable.GetUnderlyingType(type);
            string? method = null;
            Type[] typeArguments = Type.EmptyTypes;
            if (type == typeof(bool)) method = nameof(BoxCache.Bool);
            else if (underlying == typeof(bool)) method = nameof(BoxCache.NullableBool);
            else if (type == typeof(int)) method = nameof(BoxCache.Int);
            else if (type.IsEnum) { method = nameof(BoxCache.Enum); typeArguments = new[] { type }; }
            else if (underlying is { IsEnum: true }) { method = nameof(BoxCache.NullableEnum); typeArguments = new[] { underlying }; }
            return method is null
                ? Expression.Convert(value, typeof(object))
                : Expression.Call(typeof(BoxCache), method, typeArguments, value);
        }

        /// <summary>One column: a property of the type, or one of the inventory's columns among its pairs.</summary>
        private sealed class Column
        {
            private readonly PropertyInfo? property;

            private Column(string name, PropertyInfo? property, string? pairName)
            {
                Name = name;
                this.property = property;
                PairName = pairName;
            }

            public string Name { get; }

            /// <summary>The inventory column's name, for a column read from the pairs.</summary>
            public string? PairName { get; }

            public static Column Of(PropertyInfo property) => new Column(property.Name, property, null);

            public static Column Pair(string name) => new Column(name, null, name);

            /// <summary>The column's value of <paramref name="typed"/>, an instance of the type.</summary>
            public Expression Read(Expression typed) =>
                property is not null
                    ? Expression.Property(typed, property)
                    : Expression.Call(typeof(ObjectColumns), nameof(PairValue), Type.EmptyTypes,
                        Expression.Convert(Expression.Property(typed, AdditionalColumnsProperty), typeof(IReadOnlyList<KeyValuePair<string, string>>)),
                        Expression.Constant(PairName));
        }
    }
}
