namespace CloudResponsibility.Model
{
    /// <summary>The kinds of provider measure (CSO §4.1, §4.2).</summary>
    public enum ControlKind
    {
        /// <summary>A technical measure (CTL-T-nn).</summary>
        Technical,
        /// <summary>An operational measure (CTL-O-nn).</summary>
        Operational,
    }
}
