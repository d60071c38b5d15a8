using System;
using System.Collections.Generic;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// One line of the vendor questionnaire as the catalog defines it: a check's sub-point
    /// (<c>CHK-TE-05.4</c>) or a disclosure item's sub-item (<c>DIS-05.2</c>), with its own links —
    /// the provider measures its answer verifies, and so the threats — and what judging its answer
    /// needs: what a No means, the matrix layers a gap lies in under each service model (whose
    /// owner closes it), the evidence it asks for, the service models under which a vendor may
    /// answer "not applicable", and those it does not apply to at all, each with the catalog's
    /// reason. Immutable.
    /// </summary>
    public sealed class QuestionnaireItem
    {
        // By ServiceModel: looked up on every answer, so an array, not a dictionary keyed by an enum.
        private readonly string?[] exclusions = new string?[Enum.GetValues(typeof(ServiceModel)).Length];
        private readonly ValueList<Layer>?[] layersUnder = new ValueList<Layer>?[Enum.GetValues(typeof(ServiceModel)).Length];
        private readonly ValueList<Layer>?[] gapLayers = new ValueList<Layer>?[Enum.GetValues(typeof(ServiceModel)).Length];

        /// <summary>Creates a line.</summary>
        public QuestionnaireItem(
            string id, string parentId, int order, QuestionnaireArea area, Language language, string topic, string subject, string question,
            ValueList<string> checkItemIds, ValueList<string> threatIds, ValueList<string> providerControlIds, ValueList<Layer> layers,
            string evidence, ValueList<ServiceModel> notApplicableModels, string notApplicableReason, IReadOnlyDictionary<ServiceModel, string> exclusions,
            NoMeaning noMeans = NoMeaning.Gap, string noMeansReason = "", IReadOnlyDictionary<ServiceModel, (ValueList<Layer> About, ValueList<Layer> Gap)>? layersByModel = null)
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
            NoMeans = noMeans;
            NoMeansReason = noMeansReason ?? string.Empty;
            foreach (var model in layersByModel ?? new Dictionary<ServiceModel, (ValueList<Layer>, ValueList<Layer>)>())
            {
                layersUnder[(int)model.Key] = model.Value.About;
                gapLayers[(int)model.Key] = model.Value.Gap;
            }
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
        /// The provider measures an answer to it verifies, as the catalog links them line by line: some of
        /// its check's measures, or of the measures of the checks its disclosure item covers; none for a
        /// sub-point the check records as a gap, or for a line whose No is no gap (<see cref="NoMeans"/>).
        /// </summary>
        public ValueList<string> ProviderControlIds { get; }

        /// <summary>
        /// The matrix layers the line is about under any service model, as the catalog lists them; under
        /// one model it is about <see cref="LayersUnder(ServiceModel)"/>, and a gap lies in
        /// <see cref="GapLayers(ServiceModel)"/>. Empty for a line whose No is no gap.
        /// </summary>
        public ValueList<Layer> Layers { get; }

        /// <summary>
        /// The layers the line is about under a service model: those the catalog lists for every model and
        /// those it lists for this one (the password policy lies in the accounts, and under IaaS in the console).
        /// </summary>
        public ValueList<Layer> LayersUnder(ServiceModel model) =>
            (int)model >= 0 && (int)model < layersUnder.Length ? layersUnder[(int)model] ?? Layers : Layers;

        /// <summary>What a No to the line means: a gap in its layers, information withheld, or a fact about the offering.</summary>
        public NoMeaning NoMeans { get; }

        /// <summary>Why a No to the line is not a gap in its layers; empty when it is (<see cref="NoMeaning.Gap"/>).</summary>
        public string NoMeansReason { get; }

        /// <summary>
        /// The layers a gap the answer shows lies in under a service model's general split: those of
        /// <see cref="LayersUnder(ServiceModel)"/> the provider owns or shares, since a vendor's answer
        /// speaks of what the vendor runs; what the customer alone owns is its duty whatever the vendor
        /// answers. A service's contract may add a layer it gives the provider a share in (the judged
        /// result's Layers); the owner of the layers, after contract overrides, closes the gap. Empty for a
        /// line whose No is no gap.
        /// </summary>
        public ValueList<Layer> GapLayers(ServiceModel model) =>
            (int)model >= 0 && (int)model < gapLayers.Length ? gapLayers[(int)model] ?? Layers : Layers;

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
