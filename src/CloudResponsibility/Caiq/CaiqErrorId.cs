namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// The stable IDs of a CAIQ's own errors, beside those every table shares
    /// (<see cref="Inventory.InventoryErrorId"/>: MissingRequiredColumn, DuplicateColumn,
    /// MissingRequiredValue, UnreadableWorkbook, WorksheetNotFound, UnbalancedQuote …).
    /// </summary>
    public static class CaiqErrorId
    {
        /// <summary>A "CSP CAIQ Answer" cell is none of Yes, No, NA.</summary>
        public const string UnknownCaiqAnswer = nameof(UnknownCaiqAnswer);

        /// <summary>An "SSRM Control Ownership" cell is none of CSA's values.</summary>
        public const string UnknownCaiqOwnership = nameof(UnknownCaiqOwnership);

        /// <summary>A "Question ID" cell is not shaped as CEK-03.1.</summary>
        public const string MalformedQuestionId = nameof(MalformedQuestionId);

        /// <summary>A question is answered a second time in the same file; the first answer is kept.</summary>
        public const string DuplicateQuestionId = nameof(DuplicateQuestionId);

        /// <summary>A workbook has no sheet whose name starts with "CAIQv", and none was named.</summary>
        public const string NoCaiqSheet = nameof(NoCaiqSheet);

        /// <summary>No row's first cell is "Question ID": the file is not a CAIQ, or its header was changed.</summary>
        public const string NoCaiqHeader = nameof(NoCaiqHeader);
    }
}
