using System.Collections.Generic;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Disclosure
{
    /// <summary>One factory per error and warning of a questionnaire, so that each ID always comes with the same message, in the language asked for.</summary>
    internal static class DisclosureErrors
    {
        public static InventoryError MissingRequiredValue(Language language, RowLocation at, string header, QuestionnaireColumn column) =>
            InventoryErrors.Create(InventoryErrorId.MissingRequiredValue, at, header, string.Empty,
                Messages.Format(language, MessageKey.QuestionnaireMissingValue, at.Describe(language), header, column));

        /// <summary>The ServiceModel cell is empty (or missing) on the first row of a service the inventory does not have.</summary>
        public static InventoryError MissingRequiredValue(Language language, RowLocation at, string? header, string serviceName) =>
            InventoryErrors.Create(InventoryErrorId.MissingRequiredValue, at, header ?? nameof(QuestionnaireColumn.ServiceModel), string.Empty,
                Messages.Format(language, MessageKey.QuestionnaireServiceModelUnknown, at.Describe(language), header ?? nameof(QuestionnaireColumn.ServiceModel), serviceName));

        public static InventoryError UnknownAnswer(Language language, RowLocation at, string header, string value) =>
            InventoryErrors.Create(DisclosureErrorId.UnknownAnswer, at, header, value,
                Messages.Format(language, MessageKey.UnknownAnswer, at.Describe(language), header, InventoryErrors.Quote(value), AnswerParser.Accepted));

        public static InventoryError InvalidDate(Language language, RowLocation at, string header, string value) =>
            InventoryErrors.Create(DisclosureErrorId.InvalidDate, at, header, value,
                Messages.Format(language, MessageKey.InvalidDate, at.Describe(language), header, InventoryErrors.Quote(value), DateParser.Accepted));

        public static InventoryError DuplicateItemId(Language language, RowLocation at, string? header, string serviceName, string itemId, RowLocation first) =>
            InventoryErrors.Create(DisclosureErrorId.DuplicateItemId, at, header, itemId,
                Messages.Format(language, MessageKey.DuplicateItemId, at.Describe(language), serviceName, itemId, first.Describe(language)));

        /// <param name="language">The language of the message.</param>
        /// <param name="at">The row.</param>
        /// <param name="header">The ServiceModel column's header.</param>
        /// <param name="serviceName">The service.</param>
        /// <param name="model">The model the row names.</param>
        /// <param name="established">The service's model.</param>
        /// <param name="from">Where the service's model comes from: the inventory, or the row that first named it.</param>
        public static InventoryError ConflictingServiceModel(Language language, RowLocation at, string? header, string serviceName, ServiceModel model, ServiceModel established, RowLocation? from) =>
            InventoryErrors.Create(DisclosureErrorId.ConflictingServiceModel, at, header, model.ToString(),
                Messages.Format(language, MessageKey.ConflictingServiceModel, at.Describe(language), header ?? nameof(QuestionnaireColumn.ServiceModel), serviceName, model, established,
                    from is { } row ? row.Describe(language) : Messages.Format(language, MessageKey.TheInventory)));

        public static InventoryWarning UnknownCertification(Language language, RowLocation at, string header, IReadOnlyList<string> parts, IEnumerable<Certification> known) =>
            new InventoryWarning(DisclosureWarningId.UnknownCertification,
                Messages.Format(language, MessageKey.UnknownCertification, at.Describe(language), header, string.Join(", ", Quoted(parts)), string.Join(", ", Ids(known))),
                at.File, at.Row, at.Line, string.Join("; ", parts));

        public static InventoryWarning DataLocationNotInInventory(Language language, RowLocation at, string serviceName, DataLocationConflict conflict) =>
            new InventoryWarning(DisclosureWarningId.DataLocationNotInInventory,
                Messages.Format(language, MessageKey.DataLocationNotInInventory, at.Describe(language), conflict.ItemId, string.Join(", ", conflict.Unlisted), serviceName,
                    conflict.InventoryLocation.Count == 0 ? Messages.Format(language, MessageKey.DataLocationNoneGiven) : string.Join(", ", conflict.InventoryLocation)),
                at.File, at.Row, at.Line, string.Join(";", conflict.Unlisted));

        private static IEnumerable<string> Quoted(IEnumerable<string> parts)
        {
            foreach (var part in parts) yield return InventoryErrors.Quote(part);
        }

        private static IEnumerable<string> Ids(IEnumerable<Certification> known)
        {
            foreach (var certification in known) yield return certification.Id;
        }
    }
}
