namespace CloudResponsibility.Audit
{
    /// <summary>
    /// How urgent a finding is. Members are numbered from <see cref="Info"/> up, so that "at or
    /// above" is a comparison and Sort-Object -Descending puts the worst first.
    /// </summary>
    public enum FindingSeverity
    {
        /// <summary>Worth knowing; nothing to do.</summary>
        Info = 0,
        /// <summary>To look at when convenient.</summary>
        Low = 1,
        /// <summary>To plan a fix for.</summary>
        Medium = 2,
        /// <summary>To fix soon.</summary>
        High = 3,
        /// <summary>To fix now: a legal obligation or a gap the organisation cannot accept.</summary>
        Critical = 4,
    }
}
