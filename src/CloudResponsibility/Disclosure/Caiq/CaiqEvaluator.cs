using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Resolution;
using CloudResponsibility.Text;

namespace CloudResponsibility.Disclosure.Caiq
{
    /// <summary>
    /// Judges vendors' CAIQ answers against the catalog's questionnaire lines through the CCM
    /// crosswalk. Answers are collected per service (<see cref="Add"/>); <see cref="Complete"/>
    /// then writes, service by service, one result per line that applies — from the answers of
    /// the questions of the controls linked to it (<see cref="CaiqJudge"/>), the vendor's
    /// implementation texts as evidence, the question IDs cited, the vendor's ownership claims
    /// reconciled with our owner of the line's layers — then one <see cref="DisclosureOutcome.Unmapped"/>
    /// result per question whose control no line is linked to, in file order.
    /// <para>
    /// A service's model is the answers' ServiceModel, else the inventory's. An answer is rejected,
    /// with an error, when neither gives one, when it names another model than its service has,
    /// or when its question was answered before for the service.
    /// </para>
    /// Memory holds the answers (a CAIQ has a few hundred). Not thread-safe.
    /// </summary>
    public sealed class CaiqEvaluator
    {
        private const string QuestionIdHeader = "Question ID";
        private readonly CatalogView catalog;
        private readonly QuestionnaireCatalog questionnaire;
        private readonly MatrixResolver resolver;
        private readonly Dictionary<string, CloudService> inventory = new Dictionary<string, CloudService>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, ServiceCaiq> services = new Dictionary<string, ServiceCaiq>(StringComparer.OrdinalIgnoreCase);
        private readonly List<ServiceCaiq> order = new List<ServiceCaiq>();

        /// <summary>Creates an evaluator.</summary>
        /// <param name="catalog">The catalog, in the language of the results' text.</param>
        /// <param name="asOf">The date the results carry.</param>
        /// <param name="inventory">The organisation's services, for each service's model (when the answers give none), vendor and contract overrides; null for none.</param>
        /// <param name="overrides">Contract overrides from a file, which win over the inventory's.</param>
        public CaiqEvaluator(CatalogView catalog, DateTime asOf, IEnumerable<CloudService>? inventory = null, OverrideSet? overrides = null)
        {
            this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            questionnaire = catalog.Questionnaire;
            AsOf = CalendarDate.Of(asOf);
            resolver = new MatrixResolver(catalog, overrides);
            foreach (var service in inventory ?? Array.Empty<CloudService>())
            {
                var key = TextNormalizer.Normalize(service.ServiceName);
                if (!this.inventory.ContainsKey(key)) this.inventory[key] = service;
            }
        }

        /// <summary>The date the results carry.</summary>
        public DateTime AsOf { get; }

        /// <summary>The language of the results' text.</summary>
        public Language Language => catalog.Language;

        /// <summary>The answers accepted so far.</summary>
        public long Answers { get; private set; }

        /// <summary>The answers rejected so far, each with its error.</summary>
        public long AnswersWithErrors { get; private set; }

        /// <summary>The services answered so far.</summary>
        public int Services => order.Count;

        /// <summary>Takes one answer for its service, or rejects it with an error.</summary>
        public CaiqEvaluation Add(CaiqAnswer answer)
        {
            if (answer is null) throw new ArgumentNullException(nameof(answer));
            var at = new RowLocation(answer.File, answer.Row, null);
            var key = TextNormalizer.Normalize(answer.ServiceName);
            if (!services.TryGetValue(key, out var state))
            {
                CloudService service;
                RowLocation? modelFrom = null;
                if (inventory.TryGetValue(key, out var known)) service = answer.ServiceModel is ServiceModel given && given != known.ServiceModel ? WithModel(known, given) : known;
                else if (answer.ServiceModel is ServiceModel model)
                {
                    service = new CloudService(answer.ServiceName, model);
                    modelFrom = at;
                }
                else return Reject(DisclosureErrors.MissingRequiredValue(Language, at, nameof(CaiqAnswer.ServiceModel), answer.ServiceName));
                if (answer.ServiceModel is not null) modelFrom = at;
                state = new ServiceCaiq(new ServiceAnswers(service, modelFrom, resolver.Resolve(service), questionnaire.Items.Count));
                services[key] = state;
                order.Add(state);
            }
            var owner = state.Answers.Service;
            if (answer.ServiceModel is ServiceModel named && named != owner.ServiceModel)
                return Reject(DisclosureErrors.ConflictingServiceModel(Language, at, nameof(CaiqAnswer.ServiceModel), owner.ServiceName, named, owner.ServiceModel, state.Answers.ModelFrom));
            if (state.ByQuestion.TryGetValue(answer.QuestionId, out var first))
                return Reject(DisclosureErrors.DuplicateItemId(Language, at, QuestionIdHeader, owner.ServiceName, answer.QuestionId, new RowLocation(first.File, first.Row, null)));
            state.ByQuestion[answer.QuestionId] = answer;
            state.InOrder.Add(answer);
            Answers++;
            return new CaiqEvaluation(null);
        }

        /// <summary>The results: per service in the order first answered, its lines in questionnaire order, then its unmapped questions in file order.</summary>
        public IEnumerable<DisclosureResult> Complete()
        {
            foreach (var state in order)
            {
                var model = state.Answers.Service.ServiceModel;
                var byControl = state.InOrder.ToLookup(a => a.ControlId, StringComparer.OrdinalIgnoreCase);
                foreach (var item in questionnaire.Items)
                {
                    var links = questionnaire.Crosswalk.LinksOf(item.Id);
                    var answers = links.SelectMany(l => byControl[l.ControlId]).ToList();
                    // A line that does not apply to the model says so only when the CAIQ answers it.
                    if (!item.AppliesTo(model) && answers.Count == 0) continue;
                    yield return links.Count == 0 && item.AppliesTo(model) ? NoCounterpart(state, item) : Judge(state, item, answers);
                }
                foreach (var answer in state.InOrder.Where(a => questionnaire.Crosswalk.LinksTo(a.ControlId).Count == 0))
                    yield return Unmapped(state, answer);
            }
        }

        private DisclosureResult Judge(ServiceCaiq state, QuestionnaireItem item, List<CaiqAnswer> answers)
        {
            var service = state.Answers.Service;
            var (outcome, reason) = CaiqJudge.Judge(item, service.ServiceModel, answers);
            var owner = state.Answers.OwnerOf(item, out var overridden, out var layers);
            var clause = state.Answers.ClauseOf(item);
            var claims = new ValueList<CaiqOwnership>(answers.Select(a => a.Ownership).Where(o => o != CaiqOwnership.Unspecified).Distinct().OrderBy(o => o));
            // A line whose No is no gap lies in no layer: there is no owner of ours to hold the vendor's claims against.
            var ownership = reason == DisclosureReason.NotApplicableToModel || owner is not Owner ours ? null : CaiqJudge.Reconcile(ours, claims);
            var questions = new ValueList<string>(answers.Select(a => a.QuestionId));
            var message = DisclosureMessages.For(Language, reason, service.ServiceModel, item, item.Id, owner, layers, null, AsOf, null);
            if (reason == DisclosureReason.NoRow) message = CaiqMessages.NoQuestion(Language, questionnaire.Crosswalk.LinksOf(item.Id));
            if (ownership is DisclosureReason ownershipReason)
                message = Sentences.Join(CaiqMessages.Ownership(Language, ownershipReason, claims, owner!.Value, layers, clause), message);
            var first = answers.FirstOrDefault();
            return new DisclosureResult(service, item.Id, item, outcome, ownership ?? reason, message, Combined(answers), Texts(answers, a => a.ImplementationDescription),
                null, ValueList<string>.Empty, null, Texts(answers, a => a.CustomerResponsibilities), owner, overridden, AsOf, Language, first?.File, first?.Row, null,
                clause, claims, questions, ownership is null ? null : reason, gapLayers: layers);
        }

        private DisclosureResult NoCounterpart(ServiceCaiq state, QuestionnaireItem item)
        {
            var service = state.Answers.Service;
            var owner = state.Answers.OwnerOf(item, out var overridden, out var layers);
            var message = CaiqMessages.NoCounterpart(Language, questionnaire.Crosswalk.NoCounterpartReason(item.Id));
            return new DisclosureResult(service, item.Id, item, DisclosureOutcome.Missing, DisclosureReason.NoCcmCounterpart, message, null, null, null, ValueList<string>.Empty,
                null, null, owner, overridden, AsOf, Language, null, null, null, state.Answers.ClauseOf(item), gapLayers: layers);
        }

        private DisclosureResult Unmapped(ServiceCaiq state, CaiqAnswer answer)
        {
            var message = CaiqMessages.Unmapped(Language, answer.QuestionId, answer.ControlId, questionnaire.Crosswalk.IsKnownControl(answer.ControlId));
            var claims = answer.Ownership == CaiqOwnership.Unspecified ? ValueList<CaiqOwnership>.Empty : new ValueList<CaiqOwnership>(new[] { answer.Ownership });
            return new DisclosureResult(state.Answers.Service, answer.QuestionId, null, DisclosureOutcome.Unmapped, DisclosureReason.Unmapped, message, ToVendorAnswer(answer.Answer),
                answer.ImplementationDescription, null, ValueList<string>.Empty, null, answer.CustomerResponsibilities, null, false, AsOf, Language, answer.File, answer.Row, null,
                null, claims, new ValueList<string>(new[] { answer.QuestionId }));
        }

        /// <summary>The answers in one word: Yes or No or NA throughout, Partial for a mix of Yes and No; null when none is answered.</summary>
        private static VendorAnswer? Combined(IEnumerable<CaiqAnswer> answers)
        {
            VendorAnswer? combined = null;
            foreach (var answer in answers)
            {
                var value = ToVendorAnswer(answer.Answer);
                if (value is null) continue;
                if (combined is null || combined == VendorAnswer.NotApplicable) combined = value;
                else if (value != VendorAnswer.NotApplicable && value != combined) combined = VendorAnswer.Partial;
            }
            return combined;
        }

        private static VendorAnswer? ToVendorAnswer(CaiqAnswerValue value) => value switch
        {
            CaiqAnswerValue.Yes => VendorAnswer.Yes,
            CaiqAnswerValue.No => VendorAnswer.No,
            CaiqAnswerValue.NotApplicable => VendorAnswer.NotApplicable,
            _ => null,
        };

        /// <summary>The vendor's texts, each after its question's ID, one a line; null when all are blank.</summary>
        private static string? Texts(IEnumerable<CaiqAnswer> answers, Func<CaiqAnswer, string?> text)
        {
            var lines = answers.Where(a => !string.IsNullOrWhiteSpace(text(a))).Select(a => a.QuestionId + ": " + text(a)!.Trim()).ToList();
            return lines.Count == 0 ? null : string.Join("\n", lines);
        }

        /// <summary>The inventory's service under the model the CAIQ names: its vendor, data and contract overrides kept.</summary>
        private static CloudService WithModel(CloudService known, ServiceModel model) =>
            new CloudService(known.ServiceName, model, known.Vendor, known.DeploymentModel, known.DataLocation, known.PersonalData, known.EuPersonalData,
                known.MedicalData, known.ExportControlled, known.VendorCountry, known.Owner, known.ContractOverrides, known.AdditionalColumns);

        private CaiqEvaluation Reject(InventoryError error)
        {
            AnswersWithErrors++;
            return new CaiqEvaluation(error);
        }

        /// <summary>One service's answers, by question and in the order read.</summary>
        private sealed class ServiceCaiq
        {
            public ServiceCaiq(ServiceAnswers answers)
            {
                Answers = answers;
            }

            public ServiceAnswers Answers { get; }

            public Dictionary<string, CaiqAnswer> ByQuestion { get; } = new Dictionary<string, CaiqAnswer>(StringComparer.OrdinalIgnoreCase);

            public List<CaiqAnswer> InOrder { get; } = new List<CaiqAnswer>();
        }
    }
}
