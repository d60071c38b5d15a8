using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The Layers cell of questionnaire-items.csv and the gap layers it gives under each service model.
    /// An entry is a layer (<c>GuestOS</c>), about the line under every model, or a layer for one model
    /// (<c>IaaS:Virtualization</c>), for a line whose subject sits in a different layer under each model.
    /// Under a model, a gap lies in the entries the provider owns or shares there: a vendor's answer
    /// speaks of what the vendor runs, and what the customer alone owns is its duty whatever the answer
    /// — unless a service's contract gives the provider a share of it (ServiceAnswers).
    /// </summary>
    internal sealed class QuestionnaireLayers
    {
        private const char ModelSeparator = ':';

        // The general split, by (model, layer): whose the layer is before any contract override.
        private readonly Dictionary<(ServiceModel, Layer), Owner> owners;

        public QuestionnaireLayers(CatalogData data)
        {
            owners = new Dictionary<(ServiceModel, Layer), Owner>();
            foreach (var record in data[CatalogFiles.Matrix].Records)
                if (Enum.TryParse<ServiceModel>(record["ServiceModel"], out var model) && Enum.TryParse<Layer>(record["Layer"], out var layer)
                    && Enum.TryParse<Owner>(record["Owner"], out var owner))
                    owners[(model, layer)] = owner;
        }

        /// <summary>Reads an entry: its layer, and the model it is limited to (null: every model). False for an entry that is neither form.</summary>
        public static bool TryParse(string entry, out ServiceModel? model, out Layer layer)
        {
            model = null;
            layer = default;
            var colon = entry.IndexOf(ModelSeparator);
            var layerText = colon < 0 ? entry : entry.Substring(colon + 1);
            if (colon >= 0)
            {
                var modelText = entry.Substring(0, colon);
                if (!Enum.GetNames(typeof(ServiceModel)).Contains(modelText, StringComparer.Ordinal)) return false;
                model = (ServiceModel)Enum.Parse(typeof(ServiceModel), modelText);
            }
            if (!Enum.GetNames(typeof(Layer)).Contains(layerText, StringComparer.Ordinal)) return false;
            layer = (Layer)Enum.Parse(typeof(Layer), layerText);
            return true;
        }

        /// <summary>Whether the provider owns or shares the layer under the model's general split.</summary>
        public bool ProviderRuns(ServiceModel model, Layer layer) => owners.TryGetValue((model, layer), out var owner) && owner != Owner.Customer;

        /// <summary>Every layer the entries name, under any model, top first.</summary>
        public static IEnumerable<Layer> All(IEnumerable<string> entries) =>
            entries.Select(e => TryParse(e, out _, out var layer) ? (Layer?)layer : null).OfType<Layer>().Distinct().OrderBy(l => l);

        /// <summary>The layers the entries are about under a model: those for every model and those for it, top first.</summary>
        public static IEnumerable<Layer> Under(IEnumerable<string> entries, ServiceModel model) =>
            entries.Select(e => TryParse(e, out var only, out var layer) && (only is null || only == model) ? (Layer?)layer : null)
                .OfType<Layer>().Distinct().OrderBy(l => l);

        /// <summary>The layers a gap lies in under a model's general split: those the entries are about there that the provider owns or shares, top first.</summary>
        public IEnumerable<Layer> GapLayers(IEnumerable<string> entries, ServiceModel model) => Under(entries, model).Where(l => ProviderRuns(model, l));
    }
}
