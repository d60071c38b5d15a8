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
    /// through compiled getters. A property named <c>AdditionalColumns</c> holding name/value pairs
    /// — the inventory's own extra columns — expands into one column per pair, so they round-trip.
    /// </summary>
    public sealed class ObjectColumns
    {
        /// <summary>The name of the property that expands into columns.</summary>
        public const string AdditionalColumnsProperty = "AdditionalColumns";

        private static readonly ConcurrentDictionary<Type, ObjectColumns> Cache = new ConcurrentDictionary<Type, ObjectColumns>();

        private readonly Func<object, object?>[] getters;
        private readonly Func<object, IReadOnlyList<KeyValuePair<string, string>>>? additional;
        private string[]? lastCombined;

        private ObjectColumns(string[] names, Func<object, object?>[] getters, Func<object, IReadOnlyList<KeyValuePair<string, string>>>? additional)
        {
            Names = names;
            this.getters = getters;
            this.additional = additional;
        }

        /// <summary>The fixed columns, in order.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The value of fixed column <paramref name="index"/> of an instance.</summary>
        public object? GetValue(object instance, int index) => getters[index](instance);

        /// <summary>The name/value pairs an instance adds after the fixed columns (its inventory's extra columns).</summary>
        public IReadOnlyList<KeyValuePair<string, string>> AdditionalOf(object instance) =>
            additional?.Invoke(instance) ?? Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The columns of a type (built once per type).</summary>
        public static ObjectColumns For(Type type) => Cache.GetOrAdd(type, Build);

        /// <summary>
        /// The names and values of an instance. Rows of the same shape get the same names instance,
        /// which lets a <see cref="ReportSession"/> skip matching them by name.
        /// </summary>
        public (IReadOnlyList<string> Names, object?[] Values) Read(object instance)
        {
            var extra = additional?.Invoke(instance);
            var count = getters.Length + (extra?.Count ?? 0);
            var values = new object?[count];
            for (var i = 0; i < getters.Length; i++) values[i] = getters[i](instance);
            if (extra is null || extra.Count == 0) return (Names, values);
            for (var i = 0; i < extra.Count; i++) values[getters.Length + i] = extra[i].Value;
            return (CombinedNames(extra), values);
        }

        private IReadOnlyList<string> CombinedNames(IReadOnlyList<KeyValuePair<string, string>> extra)
        {
            var cached = lastCombined;
            if (cached is not null && cached.Length == getters.Length + extra.Count)
            {
                var same = true;
                for (var i = 0; i < extra.Count && same; i++) same = string.Equals(cached[getters.Length + i], extra[i].Key, StringComparison.Ordinal);
                if (same) return cached;
            }
            var combined = Names.Concat(extra.Select(pair => pair.Key)).ToArray();
            lastCombined = combined;
            return combined;
        }

        private static ObjectColumns Build(Type type)
        {
            var properties = Hierarchy(type)
                .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.MetadataToken))
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetGetMethod() is not null)
                .ToList();
            var expanded = properties.FirstOrDefault(p => p.Name == AdditionalColumnsProperty
                && typeof(IReadOnlyList<KeyValuePair<string, string>>).IsAssignableFrom(p.PropertyType));
            var plain = properties.Where(p => p != expanded).ToList();
            return new ObjectColumns(
                plain.Select(p => p.Name).ToArray(),
                plain.Select(p => Getter<object?>(type, p)).ToArray(),
                expanded is null ? null : Getter<IReadOnlyList<KeyValuePair<string, string>>>(type, expanded));
        }

        private static IEnumerable<Type> Hierarchy(Type type)
        {
            var chain = new Stack<Type>();
            for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Push(t);
            return chain;
        }

        private static Func<object, T> Getter<T>(Type type, PropertyInfo property)
        {
            var instance = Expression.Parameter(typeof(object), "instance");
            var value = Expression.Property(Expression.Convert(instance, type), property);
            var body = typeof(T) == typeof(object) ? Boxed(value) : Expression.Convert(value, typeof(T));
            return Expression.Lambda<Func<object, T>>(body, instance).Compile();
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
    }
}
