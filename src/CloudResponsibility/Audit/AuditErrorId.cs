namespace CloudResponsibility.Audit
{
    /// <summary>The stable IDs of the audit's own errors, beside those every table shares (<see cref="Inventory.InventoryErrorId"/>).</summary>
    public static class AuditErrorId
    {
        /// <summary>A suppression without a justification: rejected, its findings stay unsuppressed.</summary>
        public const string SuppressionWithoutJustification = nameof(SuppressionWithoutJustification);
        /// <summary>A suppression whose Expires is not a date.</summary>
        public const string InvalidSuppressionExpiry = nameof(InvalidSuppressionExpiry);
        /// <summary>A baseline row whose severity or status is not one the audit writes.</summary>
        public const string InvalidBaselineValue = nameof(InvalidBaselineValue);
        /// <summary>A baseline file that exists and holds nothing, not even a header: the audit stops rather than take it for a first run.</summary>
        public const string BaselineEmpty = nameof(BaselineEmpty);
    }
}
