using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>The whole catalog in one language: every entry, in source order, with lookups by ID.</summary>
    public sealed class CatalogView
    {
        internal CatalogView(
            Language language,
            IReadOnlyList<ServiceModelInfo> serviceModels,
            IReadOnlyList<DeploymentModelInfo> deploymentModels,
            IReadOnlyList<LayerInfo> layers,
            IReadOnlyList<ResponsibilityEntry> matrix,
            IReadOnlyList<ResponsibilityNote> notes,
            IReadOnlyList<CloudThreat> threats,
            IReadOnlyList<ProviderControl> providerControls,
            IReadOnlyList<VendorCheckItem> checkItems,
            IReadOnlyList<DisclosureItem> disclosureItems,
            IReadOnlyList<LegalConsideration> legalConsiderations,
            IReadOnlyList<ReferenceControl> references,
            QuestionnaireCatalog? questionnaire = null,
            IReadOnlyList<ThreatRelevanceRule>? relevanceRules = null)
        {
            Language = language;
            ServiceModels = serviceModels;
            DeploymentModels = deploymentModels;
            Layers = layers;
            Matrix = matrix;
            Notes = notes;
            Threats = threats;
            ProviderControls = providerControls;
            CheckItems = checkItems;
            DisclosureItems = disclosureItems;
            LegalConsiderations = legalConsiderations;
            References = references;
            Questionnaire = questionnaire ?? QuestionnaireCatalog.Empty;
            RelevanceRules = relevanceRules ?? Array.Empty<ThreatRelevanceRule>();
            matrixCells = matrix.ToDictionary(e => (e.ServiceModel, e.Layer));
            var allLayers = (Layer[])Enum.GetValues(typeof(Layer));
            modelCells = matrix.Select(e => e.ServiceModel).Distinct()
                .Where(model => allLayers.All(layer => matrixCells.ContainsKey((model, layer))))
                .ToDictionary(model => model, model => allLayers.Select(layer => matrixCells[(model, layer)]).ToArray());
        }

        private readonly Dictionary<(ServiceModel, Layer), ResponsibilityEntry> matrixCells;
        private readonly Dictionary<ServiceModel, ResponsibilityEntry[]> modelCells;

        /// <summary>The language of every text in the view.</summary>
        public Language Language { get; }

        /// <summary>Service models.</summary>
        public IReadOnlyList<ServiceModelInfo> ServiceModels { get; }

        /// <summary>Deployment models.</summary>
        public IReadOnlyList<DeploymentModelInfo> DeploymentModels { get; }

        /// <summary>Layers, top first.</summary>
        public IReadOnlyList<LayerInfo> Layers { get; }

        /// <summary>The responsibility matrix: every (service model, layer), models in enum order, layers top first.</summary>
        public IReadOnlyList<ResponsibilityEntry> Matrix { get; }

        /// <summary>Notes the matrix carries.</summary>
        public IReadOnlyList<ResponsibilityNote> Notes { get; }

        /// <summary>Threats.</summary>
        public IReadOnlyList<CloudThreat> Threats { get; }

        /// <summary>Provider measures.</summary>
        public IReadOnlyList<ProviderControl> ProviderControls { get; }

        /// <summary>Pre-contract checks.</summary>
        public IReadOnlyList<VendorCheckItem> CheckItems { get; }

        /// <summary>Disclosure items.</summary>
        public IReadOnlyList<DisclosureItem> DisclosureItems { get; }

        /// <summary>Legal points.</summary>
        public IReadOnlyList<LegalConsideration> LegalConsiderations { get; }

        /// <summary>External references: ATT&amp;CK techniques, ISO/IEC 27017 and ISO/IEC 27002 controls, CSA CCM domains.</summary>
        public IReadOnlyList<ReferenceControl> References { get; }

        /// <summary>The vendor questionnaire: its lines (check sub-points and disclosure sub-items) with what judging an answer needs, and the certifications a vendor may name.</summary>
        public QuestionnaireCatalog Questionnaire { get; }

        /// <summary>The rules that decide how much each threat matters to a service, in catalog order: a threat's first matching rule decides.</summary>
        public IReadOnlyList<ThreatRelevanceRule> RelevanceRules { get; }

        /// <summary>The rule that decides how much <paramref name="threatId"/> matters to <paramref name="service"/>; null when no rule of the threat matches.</summary>
        public ThreatRelevanceRule? RelevanceOf(string threatId, CloudService service)
        {
            foreach (var rule in RelevanceRules)
                if (string.Equals(rule.ThreatId, threatId, StringComparison.Ordinal) && rule.Matches(service)) return rule;
            return null;
        }

        /// <summary>The matrix cell of a service model and layer.</summary>
        public ResponsibilityEntry Cell(ServiceModel serviceModel, Layer layer) => matrixCells[(serviceModel, layer)];

        /// <summary>The matrix cells of a service model, one per layer in the order of the <see cref="Layer"/> enum.</summary>
        public IReadOnlyList<ResponsibilityEntry> CellsOf(ServiceModel serviceModel) => modelCells[serviceModel];

        /// <summary>The layers the customer owns or shares under a service model, top first.</summary>
        public IEnumerable<Layer> CustomerLayers(ServiceModel serviceModel) =>
            Matrix.Where(e => e.ServiceModel == serviceModel && e.Owner != Owner.Provider).Select(e => e.Layer);

        /// <summary>Every entry of every kind that has an ID, for lookups and completion.</summary>
        public IEnumerable<CatalogEntry> AllEntries =>
            ServiceModels.Cast<CatalogEntry>().Concat(DeploymentModels).Concat(Layers).Concat(Matrix).Concat(Notes)
                .Concat(Threats).Concat(ProviderControls).Concat(CheckItems).Concat(CheckItems.SelectMany(c => c.SubPoints))
                .Concat(DisclosureItems).Concat(DisclosureItems.SelectMany(d => d.SubItems)).Concat(LegalConsiderations);
    }
}
