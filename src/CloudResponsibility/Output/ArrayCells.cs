namespace CloudResponsibility.Output
{
    /// <summary>
    /// Cells put into a row's array in order, as <see cref="ObjectColumns.ReadInto"/> gives them:
    /// text as it is, booleans and small numbers in shared boxes, anything else as it is. So one
    /// cell writer per type serves both typed writers and readers of arrays.
    /// </summary>
    internal sealed class ArrayCells : CellSink
    {
        private readonly object?[] cells;
        private int next;

        public ArrayCells(object?[] cells)
        {
            this.cells = cells;
        }

        public override void Text(string? text) => cells[next++] = text;

        public override void Bool(bool value) => cells[next++] = BoxCache.Bool(value);

        public override void Int(int value) => cells[next++] = BoxCache.Int(value);

        public override void Value(object? value) => cells[next++] = value;
    }
}
