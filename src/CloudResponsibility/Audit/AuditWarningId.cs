namespace CloudResponsibility.Audit
{
    /// <summary>The stable IDs of the audit's warnings: what it goes past, and says so.</summary>
    public static class AuditWarningId
    {
        /// <summary>A suppression has expired and suppresses nothing any more.</summary>
        public const string SuppressionExpired = nameof(SuppressionExpired);
        /// <summary>A questionnaire answers a service the inventory does not have.</summary>
        public const string QuestionnaireServiceNotInInventory = nameof(QuestionnaireServiceNotInInventory);
        /// <summary>An inventory file has no column a rule reads: the rule is not judged on its services, and their earlier findings of it stay Unverified.</summary>
        public const string InventoryColumnMissing = nameof(InventoryColumnMissing);
        /// <summary>A questionnaire folder holds no questionnaire file: no service's vendor findings are judged, and their earlier ones stay Unverified.</summary>
        public const string QuestionnaireFolderEmpty = nameof(QuestionnaireFolderEmpty);
    }
}
