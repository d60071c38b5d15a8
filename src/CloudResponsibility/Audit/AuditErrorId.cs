namespace CloudResponsibility.Audit
{
    /// <summary>The stable IDs of the audit's own errors and warnings, beside those every table shares (<see cref="Inventory.InventoryErrorId"/>).</summary>
    public static class AuditErrorId
    {
        /// <summary>A suppression without a justification: rejected, its findings stay unsuppressed.</summary>
        public const string SuppressionWithoutJustification = nameof(SuppressionWithoutJustification);
        /// <summary>A suppression whose Expires is not a date.</summary>
        public const string InvalidSuppressionExpiry = nameof(InvalidSuppressionExpiry);
        /// <summary>A warning: a suppression has expired and suppresses nothing any more.</summary>
        public const string SuppressionExpired = nameof(SuppressionExpired);
        /// <summary>A baseline row whose severity or status is not one the audit writes.</summary>
        public const string InvalidBaselineValue = nameof(InvalidBaselineValue);
        /// <summary>A warning: a questionnaire answers a service the inventory does not have.</summary>
        public const string QuestionnaireServiceNotInInventory = nameof(QuestionnaireServiceNotInInventory);
    }
}
