using System.Collections.Generic;
using CloudResponsibility.Model;

namespace CloudResponsibility.Tests.Disclosure
{
    /// <summary>Questionnaire lines made for a test, so that the judging rules are tested apart from the shipped data.</summary>
    internal static class TestItems
    {
        public static QuestionnaireItem Line(string evidence = "", ServiceModel[]? notApplicableUnder = null, params (ServiceModel Model, string Reason)[] excluded) =>
            Line(NoMeaning.Gap, evidence, notApplicableUnder, excluded);

        /// <summary>A line whose No means <paramref name="noMeans"/>; a line that is no gap lies in no layer.</summary>
        public static QuestionnaireItem Line(NoMeaning noMeans, string evidence = "", ServiceModel[]? notApplicableUnder = null, params (ServiceModel Model, string Reason)[] excluded)
        {
            var exclusions = new Dictionary<ServiceModel, string>();
            foreach (var (model, reason) in excluded) exclusions[model] = reason;
            return new QuestionnaireItem("CHK-XX-01.1", "CHK-XX-01", 1, QuestionnaireArea.Technical, Language.En, "topic", "subject", "question?",
                new ValueList<string>(new[] { "CHK-XX-01" }), ValueList<string>.Empty, ValueList<string>.Empty,
                noMeans == NoMeaning.Gap ? new ValueList<Layer>(new[] { Layer.Data }) : ValueList<Layer>.Empty,
                evidence, new ValueList<ServiceModel>(notApplicableUnder ?? new ServiceModel[0]), notApplicableUnder is null ? string.Empty : "reason", exclusions,
                noMeans, noMeans == NoMeaning.Gap ? string.Empty : "why a No is no gap");
        }
    }
}
