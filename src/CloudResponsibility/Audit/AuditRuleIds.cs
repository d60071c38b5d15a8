namespace CloudResponsibility.Audit
{
    /// <summary>The IDs of the rules the audit's code applies (audit-rules.csv holds their texts); the legal rules take the catalog's LEG IDs.</summary>
    public static class AuditRuleIds
    {
        /// <summary>The vendor answered No.</summary>
        public const string VendorAnsweredNo = "VND-01";
        /// <summary>The vendor answered Partial.</summary>
        public const string VendorAnsweredPartial = "VND-02";
        /// <summary>A line is blank or has no row.</summary>
        public const string VendorLineMissing = "VND-03";
        /// <summary>An answer's ValidUntil has passed.</summary>
        public const string VendorAnswerExpired = "VND-04";
        /// <summary>Yes without the evidence the line asks for.</summary>
        public const string VendorEvidenceMissing = "VND-05";
        /// <summary>Not applicable where the catalog does not accept it.</summary>
        public const string VendorNotApplicableRejected = "VND-06";
        /// <summary>A line answered with none of the accepted answers.</summary>
        public const string VendorAnswerUnreadable = "VND-07";
        /// <summary>An answer about where the data is names countries the inventory's DataLocation does not list.</summary>
        public const string VendorDataLocationNotInInventory = "VND-08";
        /// <summary>The vendor withholds, or gives in part, information a line only asks for: a disclosure gap, in no layer.</summary>
        public const string VendorNotDisclosed = "VND-09";
        /// <summary>A line answered Yes or Partial whose ValidUntil is no date: whether it has expired is not known.</summary>
        public const string VendorValidityUnreadable = "VND-10";
        /// <summary>A service has no questionnaire.</summary>
        public const string NoQuestionnaire = "QST-01";
        /// <summary>A service's questionnaire is older than the audit's maximum age.</summary>
        public const string StaleQuestionnaire = "QST-02";
        /// <summary>A questionnaire file cannot be read.</summary>
        public const string UnreadableQuestionnaire = "QST-03";
        /// <summary>Layers the customer owns, and no owner named in the inventory.</summary>
        public const string CustomerLayersWithoutOwner = "OWN-01";
        /// <summary>The vendor's CAIQ declares an owner our matrix, after contract overrides, contradicts.</summary>
        public const string OwnershipMismatch = "OWN-02";

        /// <summary>An inventory row (or a record piped in) that cannot be read as a service: the service is not audited, and its last findings stay open as Unverified.</summary>
        public const string UnreadableInventoryRow = "INV-01";

        /// <summary>A service holding personal, EU personal, medical or export-controlled data whose DataLocation is blank: where the law applies is not known.</summary>
        public const string UnknownDataLocation = "INV-02";

        /// <summary>A relevant threat whose provider measures the vendor's answers leave unverified (the threat model with the disclosure).</summary>
        public const string UnverifiedThreatMitigation = "THR-01";

        /// <summary>Every ID the code applies besides the legal points' own.</summary>
        public static readonly string[] Coded =
        {
            VendorAnsweredNo, VendorAnsweredPartial, VendorLineMissing, VendorAnswerExpired, VendorEvidenceMissing, VendorNotApplicableRejected, VendorAnswerUnreadable,
            VendorDataLocationNotInInventory, VendorNotDisclosed, VendorValidityUnreadable,
            NoQuestionnaire, StaleQuestionnaire, UnreadableQuestionnaire, CustomerLayersWithoutOwner, OwnershipMismatch, UnreadableInventoryRow, UnknownDataLocation, UnverifiedThreatMitigation,
        };
    }
}
