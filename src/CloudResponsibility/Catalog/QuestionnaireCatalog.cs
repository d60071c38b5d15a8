using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The vendor questionnaire of one language: its lines in order and the certifications a
    /// vendor may name, with lookups. Part of a <see cref="CatalogView"/>; immutable.
    /// </summary>
    public sealed class QuestionnaireCatalog
    {
        private readonly Dictionary<string, QuestionnaireItem> byId;

        /// <summary>A questionnaire without lines or certifications (a catalog made for a test of something else).</summary>
        public static readonly QuestionnaireCatalog Empty = new QuestionnaireCatalog(Array.Empty<QuestionnaireItem>(), Array.Empty<Certification>(), CcmCrosswalk.Empty);

        internal QuestionnaireCatalog(IReadOnlyList<QuestionnaireItem> items, IReadOnlyList<Certification> certifications, CcmCrosswalk crosswalk)
        {
            Crosswalk = crosswalk;
            Items = items;
            Certifications = certifications;
            byId = items.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Every line, in questionnaire order: the checks' sub-points, then the disclosure sub-items.</summary>
        public IReadOnlyList<QuestionnaireItem> Items { get; }

        /// <summary>The certifications, attestation reports and registrations the catalog recognises.</summary>
        public IReadOnlyList<Certification> Certifications { get; }

        /// <summary>The CCM v4 controls each line corresponds to: how a vendor's CAIQ answers reach the lines.</summary>
        public CcmCrosswalk Crosswalk { get; }

        /// <summary>The line with this ID (compared without regard to case); null when none has it.</summary>
        public QuestionnaireItem? Find(string id) => byId.TryGetValue(id, out var item) ? item : null;

        /// <summary>The lines that apply to a service of the model, in order.</summary>
        public IEnumerable<QuestionnaireItem> For(ServiceModel model) => Items.Where(i => i.AppliesTo(model));
    }
}
