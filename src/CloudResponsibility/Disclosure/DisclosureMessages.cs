using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Disclosure
{
    /// <summary>The message of a result, one per <see cref="DisclosureReason"/>, in the language asked for.</summary>
    internal static class DisclosureMessages
    {
        public static string For(Language language, DisclosureReason reason, ServiceModel model, QuestionnaireItem? item, string itemId,
            Owner? gapOwner, ValueList<Layer> gapLayers, DateTime? validUntil, DateTime asOf, IReadOnlyList<string>? lines, AnswerRecord? record = null)
        {
            switch (reason)
            {
                case DisclosureReason.AnsweredYes:
                    return Messages.Format(language, MessageKey.ResultAnsweredYes);
                case DisclosureReason.AnsweredNo:
                    return Messages.Format(language, MessageKey.ResultAnsweredNo, Owner(language, gapOwner), Layers(language, gapLayers));
                case DisclosureReason.AnsweredPartial:
                    return Messages.Format(language, MessageKey.ResultAnsweredPartial, Owner(language, gapOwner), Layers(language, gapLayers));
                case DisclosureReason.NotDisclosed:
                    return Messages.Format(language, MessageKey.ResultNotDisclosed, item!.NoMeansReason);
                case DisclosureReason.PartlyDisclosed:
                    return Messages.Format(language, MessageKey.ResultPartlyDisclosed, item!.NoMeansReason);
                case DisclosureReason.OfferingDescribed:
                    return Messages.Format(language, MessageKey.ResultOfferingDescribed, item!.NoMeansReason);
                case DisclosureReason.NotApplicableAccepted:
                    return Messages.Format(language, MessageKey.ResultNotApplicableAccepted, model, item!.NotApplicableReason);
                case DisclosureReason.NotApplicableNotAccepted:
                    return Messages.Format(language, MessageKey.ResultNotApplicableNotAccepted, model, Owner(language, gapOwner), Layers(language, gapLayers));
                case DisclosureReason.NotApplicableToModel:
                    return Messages.Format(language, MessageKey.ResultNotApplicableToModel, model, item!.ExclusionReason(model));
                case DisclosureReason.BlankAnswer:
                    return Messages.Format(language, MessageKey.ResultBlankAnswer);
                case DisclosureReason.NoRow:
                    return Messages.Format(language, MessageKey.ResultNoRow);
                case DisclosureReason.ValidityExpired:
                    return Messages.Format(language, MessageKey.ResultValidityExpired, Date(validUntil!.Value), Date(asOf));
                case DisclosureReason.EvidenceMissing:
                    return Messages.Format(language, MessageKey.ResultEvidenceMissing, item!.Evidence);
                case DisclosureReason.UnreadableAnswer:
                    return Messages.Format(language, MessageKey.ResultUnreadableAnswer, record!.Location.Describe(language),
                        record.AnswerHeader ?? nameof(QuestionnaireColumn.Answer), InventoryErrors.Quote(record.AnswerText!), AnswerParser.Accepted);
                case DisclosureReason.UnreadableValidUntil:
                    return Messages.Format(language, MessageKey.ResultUnreadableValidUntil, record!.Location.Describe(language),
                        record.ValidUntilHeader ?? nameof(QuestionnaireColumn.ValidUntil), InventoryErrors.Quote(record.ValidUntilText!), DateParser.Accepted);
                case DisclosureReason.NotAQuestionnaireLine:
                    return Messages.Format(language, MessageKey.ResultNotAQuestionnaireLine, itemId, string.Join(", ", lines ?? Array.Empty<string>()));
                default:
                    return Messages.Format(language, MessageKey.ResultUnknownItemId, itemId);
            }
        }

        private static string Owner(Language language, Owner? owner) => owner switch
        {
            Model.Owner.Customer => Messages.Format(language, MessageKey.GapOwnerCustomer),
            Model.Owner.Provider => Messages.Format(language, MessageKey.GapOwnerProvider),
            _ => Messages.Format(language, MessageKey.GapOwnerShared),
        };

        /// <summary>
        /// The gap's layers: in Japanese by their Japanese names (仮想環境、物理基盤…), for a Japanese
        /// sentence; in English by their IDs, which scripts filter on.
        /// </summary>
        private static string Layers(Language language, ValueList<Layer> layers)
        {
            if (language != Language.Ja) return layers.ToString();
            var names = Catalog.CloudCatalog.Default.In(language).Layers;
            return string.Join("、", layers.Select(layer => names.First(info => info.Layer == layer).Name));
        }

        private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
