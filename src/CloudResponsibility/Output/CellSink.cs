namespace CloudResponsibility.Output
{
    /// <summary>
    /// Takes a row's cells one at a time, typed as the module's objects hold them. A report writer
    /// that implements it gets the module's rows without an array of boxed values in between:
    /// <see cref="ObjectColumns.WriteCells"/> calls it once per column, in column order.
    /// </summary>
    public abstract class CellSink
    {
        /// <summary>A text cell; null for an empty one. Enum members arrive here as their names.</summary>
        public abstract void Text(string? text);

        /// <summary>A boolean cell.</summary>
        public abstract void Bool(bool value);

        /// <summary>A number cell.</summary>
        public abstract void Int(int value);

        /// <summary>Any other value, as <see cref="ObjectColumns.ReadInto"/> would give it.</summary>
        public abstract void Value(object? value);

        /// <summary>A boolean cell that may be empty.</summary>
        public void NullableBool(bool? value)
        {
            if (value is bool flag) Bool(flag);
            else Text(null);
        }
    }
}
