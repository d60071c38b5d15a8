using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Makes the questionnaire to send a service's vendor: a row per line of the catalog's
    /// questionnaire that applies to the service's model, in questionnaire order; with
    /// <c>includeNotApplicable</c>, the lines that do not apply too, marked, with the reason the
    /// catalog records.
    /// </summary>
    public sealed class QuestionnaireBuilder
    {
        private readonly QuestionnaireCatalog questionnaire;

        /// <summary>A builder over the catalog's questionnaire, in the catalog's language.</summary>
        public QuestionnaireBuilder(CatalogView catalog)
        {
            questionnaire = (catalog ?? throw new ArgumentNullException(nameof(catalog))).Questionnaire;
        }

        /// <summary>The rows of a service's questionnaire.</summary>
        public IEnumerable<VendorQuestionnaireRow> Build(string serviceName, string? vendor, ServiceModel model, bool includeNotApplicable = false) =>
            questionnaire.Items.Where(item => includeNotApplicable || item.AppliesTo(model)).Select(item => new VendorQuestionnaireRow(serviceName, vendor, model, item));

        /// <summary>The lines that do not apply under a model, grouped by the reason the catalog records.</summary>
        public IEnumerable<(string Reason, int Lines)> LeftOut(ServiceModel model) =>
            questionnaire.Items.Where(item => !item.AppliesTo(model)).GroupBy(item => item.ExclusionReason(model)!).Select(group => (group.Key, group.Count()));
    }
}
