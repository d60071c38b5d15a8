using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>One layer of a <see cref="ReportedMatrix"/>.</summary>
    internal sealed record ReportedMatrixCell(Layer Layer, string LayerName, Owner Owner, Owner GeneralOwner, bool IsOverridden, string? Clause);
}
