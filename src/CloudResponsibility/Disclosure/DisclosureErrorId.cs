namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// The stable IDs of a questionnaire's own errors, beside those every table shares
    /// (<see cref="Inventory.InventoryErrorId"/>: MissingRequiredColumn, MissingRequiredValue,
    /// UnknownServiceModel, WrongColumnCount …). An unknown item ID is a result, not an error.
    /// </summary>
    public static class DisclosureErrorId
    {
        /// <summary>An Answer cell is none of the accepted answers.</summary>
        public const string UnknownAnswer = nameof(UnknownAnswer);

        /// <summary>A ValidUntil cell is not a year-first date.</summary>
        public const string InvalidDate = nameof(InvalidDate);

        /// <summary>A service answers a line a second time; the first answer is kept.</summary>
        public const string DuplicateItemId = nameof(DuplicateItemId);

        /// <summary>A row names another service model than the service has (from the inventory or its first row).</summary>
        public const string ConflictingServiceModel = nameof(ConflictingServiceModel);
    }
}
