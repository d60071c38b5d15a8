using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// What the evaluator keeps of one service while its questionnaires are read: the service, where
    /// its model comes from, its matrix after contract overrides, and where each line was answered.
    /// A few hundred bytes per service, however many rows answer it.
    /// </summary>
    internal sealed class ServiceAnswers
    {
        private readonly ServiceResponsibility[] matrix;
        private readonly RowLocation?[] answeredAt;
        private Dictionary<string, RowLocation>? unknownAt;

        public ServiceAnswers(CloudService service, RowLocation? modelFrom, ServiceResponsibility[] matrix, int lines)
        {
            Service = service;
            ModelFrom = modelFrom;
            this.matrix = matrix;
            answeredAt = new RowLocation?[lines];
        }

        public CloudService Service { get; }

        /// <summary>The row that first named the service's model; null when the inventory gave it.</summary>
        public RowLocation? ModelFrom { get; }

        /// <summary>Where a line was answered; null when no row answered it yet.</summary>
        public RowLocation? AnsweredAt(QuestionnaireItem item) => answeredAt[item.Order - 1];

        /// <summary>Records that a row answered a line: false, with the first row, when one already did.</summary>
        public bool TryAnswer(QuestionnaireItem item, RowLocation at, out RowLocation first)
        {
            first = default;
            if (answeredAt[item.Order - 1] is { } earlier)
            {
                first = earlier;
                return false;
            }
            answeredAt[item.Order - 1] = at;
            return true;
        }

        /// <summary>Records that a row named an ID that is no line: false, with the first row, when one already did.</summary>
        public bool TryAnswerUnknown(string itemId, RowLocation at, out RowLocation first)
        {
            unknownAt ??= new Dictionary<string, RowLocation>(StringComparer.OrdinalIgnoreCase);
            if (unknownAt.TryGetValue(itemId, out first)) return false;
            unknownAt[itemId] = at;
            return true;
        }

        /// <summary>
        /// The layers a gap in the line lies in for the service: those it is about under the service's
        /// model that the provider owns or shares, by the general split or by the service's contract (a
        /// contract that gives the provider a share of the customer's data makes a backup line's gap lie
        /// there too). A layer the contract gives the customer stays: the customer closes that gap.
        /// </summary>
        public ValueList<Layer> GapLayersOf(QuestionnaireItem item)
        {
            var model = Service.ServiceModel;
            var general = item.GapLayers(model);
            var about = item.LayersUnder(model);
            if (about.Count == general.Count) return general;
            List<Layer>? layers = null;
            // Index loops: no generic code over the model's enums to compile on a first run.
            for (var i = 0; i < about.Count; i++)
            {
                var layer = about[i];
                if (Contains(general, layer) || matrix[(int)layer - 1].Owner != Owner.Customer) (layers ??= new List<Layer>(about.Count)).Add(layer);
            }
            return layers is null ? ValueList<Layer>.Empty : layers.Count == general.Count ? general : new ValueList<Layer>(layers);
        }

        /// <summary>
        /// Who owns a gap in the line: the owner of its gap layers (<see cref="GapLayersOf"/>) under the
        /// service's matrix after contract overrides (Shared when they differ), whether an override
        /// decided it, and those layers; null for a line whose No is no gap in a layer.
        /// </summary>
        public Owner? OwnerOf(QuestionnaireItem item, out bool overridden, out ValueList<Layer> layers)
        {
            layers = GapLayersOf(item);
            overridden = false;
            if (layers.Count == 0) return null;
            var owner = Owner.Shared;
            for (var i = 0; i < layers.Count; i++)
            {
                var row = matrix[(int)layers[i] - 1];
                overridden |= row.IsOverridden;
                owner = i == 0 || owner == row.Owner ? row.Owner : Owner.Shared;
            }
            return owner;
        }

        /// <summary>The clauses of the contract overrides that set the owner of one of the line's gap layers, joined; null when none did.</summary>
        public string? ClauseOf(QuestionnaireItem item)
        {
            List<string>? clauses = null;
            foreach (var layer in GapLayersOf(item))
                if (matrix[(int)layer - 1].Clause is { Length: > 0 } clause && !(clauses ??= new List<string>()).Contains(clause)) clauses.Add(clause);
            return clauses is null ? null : string.Join("; ", clauses);
        }

        private static bool Contains(ValueList<Layer> layers, Layer layer)
        {
            for (var i = 0; i < layers.Count; i++)
                if (layers[i] == layer) return true;
            return false;
        }
    }
}
