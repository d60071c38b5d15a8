namespace CloudResponsibility.Audit
{
    /// <summary>The stable IDs of the audit's warnings: what it goes past, and says so.</summary>
    public static class AuditWarningId
    {
        /// <summary>A suppression has expired and suppresses nothing any more.</summary>
        public const string SuppressionExpired = nameof(SuppressionExpired);
        /// <summary>A questionnaire answers a service the inventory does not have.</summary>
        public const string QuestionnaireServiceNotInInventory = nameof(QuestionnaireServiceNotInInventory);
    }
}
