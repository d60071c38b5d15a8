using System;
using System.Collections.Generic;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// One line of the vendor questionnaire as the catalog defines it: a check's sub-point
    /// (<c>CHK-TE-05.4</c>) or a disclosure item's sub-item (<c>DIS-05.2</c>), with what judging its
    /// answer needs — the matrix layers it concerns (whose owner closes a gap), the evidence it
    /// asks for, the service models under which a vendor may answer "not applicable", and those
    /// it does not apply to at all, each with the catalog's reason. Immutable.
    /// </summary>
    public sealed class QuestionnaireItem
    {
        // By ServiceModel: looked up on every answer, so an array, not a dictionary keyed by an enum.
        private readonly string?[] exclusions = new string?[Enum.GetValues(typeof(ServiceModel)).Length];

        /// <summary>Creates a line.</summary>
        public QuestionnaireItem(
            string id, string parentId, int order, QuestionnaireArea area, Language language, string topic, string subject, string question,
            ValueList<string> checkItemIds, ValueList<string> threatIds, ValueList<string> providerControlIds, ValueList<Layer> layers,
            string evidence, ValueList<ServiceModel> notApplicableModels, string notApplicableReason, IReadOnlyDictionary<ServiceModel, string> exclusions)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            ParentId = parentId;
            Order = order;
            Area = area;
            Language = language;
            Topic = topic;
            Subject = subject;
            Question = question;
            CheckItemIds = checkItemIds;
            ThreatIds = threatIds;
            ProviderControlIds = providerControlIds;
            Layers = layers;
            Evidence = evidence;
            NotApplicableModels = notApplicableModels;
            NotApplicableReason = notApplicableReason;
            foreach (var exclusion in exclusions ?? throw new ArgumentNullException(nameof(exclusions))) this.exclusions[(int)exclusion.Key] = exclusion.Value;
        }

        /// <summary>The line's ID: <c>CHK-TE-05.4</c>, <c>DIS-05.2</c>.</summary>
        public string Id { get; }

        /// <summary>The check or disclosure item it belongs to: <c>CHK-TE-05</c>, <c>DIS-05</c>.</summary>
        public string ParentId { get; }

        /// <summary>Its 1-based position in the questionnaire: the checks' sub-points in catalog order, then the disclosure sub-items.</summary>
        public int Order { get; }

        /// <summary>The check's area, or <see cref="QuestionnaireArea.Disclosure"/>.</summary>
        public QuestionnaireArea Area { get; }

        /// <summary>The language of the text properties.</summary>
        public Language Language { get; }

        /// <summary>The name of the check or disclosure item it belongs to ("Data").</summary>
        public string Topic { get; }

        /// <summary>The line's own name ("Storage location").</summary>
        public string Subject { get; }

        /// <summary>The question to send the vendor.</summary>
        public string Question { get; }

        /// <summary>The checks it is part of (a sub-point) or covers (a disclosure sub-item, through its item).</summary>
        public ValueList<string> CheckItemIds { get; }

        /// <summary>The threats mitigated by <see cref="ProviderControlIds"/>.</summary>
        public ValueList<string> ThreatIds { get; }

        /// <summary>
        /// The provider measures an answer to it verifies: those of its check (none for a sub-point the
        /// check records as a gap), or of the checks its disclosure item covers.
        /// </summary>
        public ValueList<string> ProviderControlIds { get; }

        /// <summary>The matrix layers the line is about: their owner under a service's matrix closes a gap in it.</summary>
        public ValueList<Layer> Layers { get; }

        /// <summary>Whether a Yes needs evidence named with it.</summary>
        public bool RequiresEvidence => Evidence.Length > 0;

        /// <summary>The evidence a Yes must name; empty when it needs none.</summary>
        public string Evidence { get; }

        /// <summary>The service models under which "not applicable" is an accepted answer.</summary>
        public ValueList<ServiceModel> NotApplicableModels { get; }

        /// <summary>Why "not applicable" is accepted under <see cref="NotApplicableModels"/>; empty when it never is.</summary>
        public string NotApplicableReason { get; }

        /// <summary>Whether the line applies to a service of the model.</summary>
        public bool AppliesTo(ServiceModel model) => ExclusionReason(model) is null;

        /// <summary>Why the line does not apply to a service of the model; null when it does.</summary>
        public string? ExclusionReason(ServiceModel model) => (int)model >= 0 && (int)model < exclusions.Length ? exclusions[(int)model] : null;

        /// <summary>Whether a vendor of a service of the model may answer "not applicable".</summary>
        public bool AcceptsNotApplicable(ServiceModel model)
        {
            for (var i = 0; i < NotApplicableModels.Count; i++)
                if (NotApplicableModels[i] == model) return true;
            return false;
        }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
