namespace CloudResponsibility.Model
{
    /// <summary>
    /// A <see cref="ValueList{T}"/> of any item type: its <see cref="object.ToString"/> is the cell
    /// text (values joined with <c>;</c>), made once and kept.
    /// </summary>
    internal interface IValueList
    {
    }
}
