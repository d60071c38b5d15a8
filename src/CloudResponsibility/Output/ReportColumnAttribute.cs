using System;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Marks a property that a report writes as a column, under the property's name. A type's
    /// columns are its marked properties in declaration order, a base class's first; properties
    /// without the mark (links to other objects, such as a row's service) are not written. A type
    /// with marked properties must be immutable: a report reads its rows later, on its own thread.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
    public sealed class ReportColumnAttribute : Attribute
    {
    }
}
