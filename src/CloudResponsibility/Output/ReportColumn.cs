using System;
using System.Collections.Generic;
using System.Reflection;
using CloudResponsibility.Output.Formats;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// One column of a <see cref="ReportColumns"/>: its name, and how a row's cell is read and
    /// given to a writer. A property's column calls the property's getter as a typed delegate and
    /// hands a text, boolean or number cell to the writer as it is: no box for each cell, no
    /// expression compiled.
    /// </summary>
    internal abstract class ReportColumn
    {
        protected ReportColumn(string name)
        {
            Name = name;
        }

        public string Name { get; }

        /// <summary>Whether the column is one of a row's name/value pairs, selected by name.</summary>
        public virtual bool IsPair => false;

        /// <summary>Gives the row's cell to the writer.</summary>
        public abstract void Write(object row, ReportWriter writer);

        /// <summary>The row's cell as a value: enum members by name, as <see cref="Write"/> gives them.</summary>
        public abstract object? Read(object row);

        /// <summary>The column of a property, read through its getter.</summary>
        public static ReportColumn Of(PropertyInfo property)
        {
            var type = property.PropertyType;
            var underlying = Nullable.GetUnderlyingType(type);
            var kind =
                type == typeof(string) ? typeof(TextColumn<>)
                : type == typeof(bool) ? typeof(BooleanColumn<>)
                : type == typeof(bool?) ? typeof(NullableBooleanColumn<>)
                : type == typeof(int) ? typeof(IntegerColumn<>)
                : type.IsEnum ? typeof(EnumColumn<,>)
                : underlying is { IsEnum: true } ? typeof(NullableEnumColumn<,>)
                : typeof(ValueColumn<,>);
            // A nullable enum's column names the enum itself; any other column, the property's own type.
            var arguments = kind.GetGenericArguments().Length == 1
                ? new[] { property.DeclaringType! }
                : new[] { property.DeclaringType!, kind == typeof(NullableEnumColumn<,>) ? underlying! : type };
            return (ReportColumn)Activator.CreateInstance(kind.MakeGenericType(arguments), property.Name, property.GetGetMethod()!)!;
        }

        /// <summary>The column of the pair named <paramref name="name"/>, read from the pairs <paramref name="pairs"/> gives.</summary>
        public static ReportColumn Pair(string name, Func<object, IReadOnlyList<KeyValuePair<string, string>>> pairs) => new PairColumn(name, pairs);

        private static Func<TRow, TValue> Getter<TRow, TValue>(MethodInfo getter) => (Func<TRow, TValue>)getter.CreateDelegate(typeof(Func<TRow, TValue>));

        private sealed class TextColumn<TRow> : ReportColumn
        {
            private readonly Func<TRow, string?> get;

            public TextColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, string?>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Text(get((TRow)row));

            public override object? Read(object row) => get((TRow)row);
        }

        private sealed class BooleanColumn<TRow> : ReportColumn
        {
            private readonly Func<TRow, bool> get;

            public BooleanColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, bool>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Boolean(get((TRow)row));

            public override object? Read(object row) => get((TRow)row);
        }

        private sealed class NullableBooleanColumn<TRow> : ReportColumn
        {
            private readonly Func<TRow, bool?> get;

            public NullableBooleanColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, bool?>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Boolean(get((TRow)row));

            public override object? Read(object row) => get((TRow)row);
        }

        private sealed class IntegerColumn<TRow> : ReportColumn
        {
            private readonly Func<TRow, int> get;

            public IntegerColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, int>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Integer(get((TRow)row));

            public override object? Read(object row) => get((TRow)row);
        }

        private sealed class EnumColumn<TRow, TEnum> : ReportColumn where TEnum : struct, Enum
        {
            private readonly Func<TRow, TEnum> get;

            public EnumColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, TEnum>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Text(EnumName<TEnum>.Of(get((TRow)row)));

            public override object? Read(object row) => EnumName<TEnum>.Of(get((TRow)row));
        }

        private sealed class NullableEnumColumn<TRow, TEnum> : ReportColumn where TEnum : struct, Enum
        {
            private readonly Func<TRow, TEnum?> get;

            public NullableEnumColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, TEnum?>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Text((string?)Read(row));

            public override object? Read(object row) => get((TRow)row) is TEnum value ? EnumName<TEnum>.Of(value) : null;
        }

        private sealed class ValueColumn<TRow, TValue> : ReportColumn
        {
            private readonly Func<TRow, TValue> get;

            public ValueColumn(string name, MethodInfo getter) : base(name) => get = Getter<TRow, TValue>(getter);

            public override void Write(object row, ReportWriter writer) => writer.Cell(get((TRow)row));

            public override object? Read(object row) => get((TRow)row);
        }

        private sealed class PairColumn : ReportColumn
        {
            private readonly Func<object, IReadOnlyList<KeyValuePair<string, string>>> pairs;

            public PairColumn(string name, Func<object, IReadOnlyList<KeyValuePair<string, string>>> pairs) : base(name) => this.pairs = pairs;

            public override bool IsPair => true;

            public override void Write(object row, ReportWriter writer) => writer.Text((string?)Read(row));

            public override object? Read(object row)
            {
                var all = pairs(row);
                for (var i = 0; i < all.Count; i++)
                    if (string.Equals(all[i].Key, Name, StringComparison.OrdinalIgnoreCase)) return all[i].Value;
                return null;
            }
        }
    }
}
