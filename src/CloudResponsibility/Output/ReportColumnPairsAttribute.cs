using System;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Marks the property whose name/value pairs a report writes as columns of their own, after the
    /// <see cref="ReportColumnAttribute"/> columns: an inventory's own columns, carried along so that
    /// they round-trip. The property is an <c>IReadOnlyList&lt;KeyValuePair&lt;string, string&gt;&gt;</c>;
    /// a type has at most one.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
    public sealed class ReportColumnPairsAttribute : Attribute
    {
    }
}
