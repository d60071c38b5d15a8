using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// Judges the answers of vendor questionnaires, grouped by service: each record as it comes
    /// (<see cref="Evaluate"/>), then, once every questionnaire is read (<see cref="Complete"/>), a
    /// <see cref="DisclosureReason.NoRow"/> result for each line that applies to a service and no
    /// row answered. Records may come from any number of files and vendors, in any order.
    /// <para>
    /// A service's model comes from the inventory given, else from its first row that names one;
    /// its matrix, with the inventory's contract overrides and the override file's, decides who owns
    /// a gap. A row is rejected, with an error, when its service's model is not known yet, when it
    /// names another model than the service has, or when it answers a line its service answered
    /// before. So every record yields a result or an error:
    /// <c>Records == ResultsFromRows + RowsWithErrors</c>.
    /// </para>
    /// Memory grows with the number of services, not of rows. Not thread-safe.
    /// </summary>
    public sealed class DisclosureEvaluator
    {
        private readonly CatalogView catalog;
        private readonly QuestionnaireCatalog questionnaire;
        private readonly MatrixResolver resolver;
        private readonly CertificationRecognizer certifications;
        private readonly Dictionary<string, CloudService> inventory = new Dictionary<string, CloudService>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, ServiceAnswers> services = new Dictionary<string, ServiceAnswers>(StringComparer.OrdinalIgnoreCase);
        private readonly List<ServiceAnswers> order = new List<ServiceAnswers>();
        private string? lastName;
        private ServiceAnswers? last;

        /// <summary>Creates an evaluator.</summary>
        /// <param name="catalog">The catalog, in the language of the results' text.</param>
        /// <param name="asOf">The date the answers are judged at: a validity before it has expired.</param>
        /// <param name="inventory">The organisation's services, to take each service's model, vendor and contract overrides from; null for none.</param>
        /// <param name="overrides">Contract overrides from a file, which win over the inventory's.</param>
        public DisclosureEvaluator(CatalogView catalog, DateTime asOf, IEnumerable<CloudService>? inventory = null, OverrideSet? overrides = null)
        {
            this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            questionnaire = catalog.Questionnaire;
            AsOf = CalendarDate.Of(asOf);
            resolver = new MatrixResolver(catalog, overrides);
            certifications = new CertificationRecognizer(questionnaire.Certifications);
            foreach (var service in inventory ?? Array.Empty<CloudService>())
            {
                var key = Key(service.ServiceName);
                if (!this.inventory.ContainsKey(key)) this.inventory[key] = service;
            }
        }

        /// <summary>The date the answers are judged at.</summary>
        public DateTime AsOf { get; }

        /// <summary>The language of the results' text.</summary>
        public Language Language => catalog.Language;

        /// <summary>The records evaluated so far.</summary>
        public long Records { get; private set; }

        /// <summary>The results made from records so far.</summary>
        public long ResultsFromRows { get; private set; }

        /// <summary>The records rejected so far, each with its error.</summary>
        public long RowsWithErrors { get; private set; }

        /// <summary>The services answered so far.</summary>
        public int Services => order.Count;

        /// <summary>Judges one record: its result, or the error that rejects its row.</summary>
        public DisclosureEvaluation Evaluate(AnswerRecord record)
        {
            if (record is null) throw new ArgumentNullException(nameof(record));
            Records++;
            var at = record.Location;
            var state = StateOf(record, at, out var rejection);
            if (state is null) return Reject(rejection!);

            var item = questionnaire.Find(record.ItemId);
            RowLocation first;
            if (item is null ? !state.TryAnswerUnknown(record.ItemId, at, out first) : !state.TryAnswer(item, at, out first))
                return Reject(DisclosureErrors.DuplicateItemId(Language, at, nameof(QuestionnaireColumn.ItemId), state.Service.ServiceName, item?.Id ?? record.ItemId, first));

            var named = certifications.Recognize(record.CertificationName, out var unrecognized);
            List<InventoryWarning>? warnings = null;
            if (unrecognized.Count > 0)
                (warnings ??= new List<InventoryWarning>(1)).Add(DisclosureErrors.UnknownCertification(Language, at, nameof(QuestionnaireColumn.CertificationName), unrecognized, questionnaire.Certifications));
            // Only the inventory says where the data is: a service named by its rows alone has no location to contradict.
            var conflict = item is not null && state.ModelFrom is null ? DataLocationConflict.Find(state.Service, record) : null;
            if (conflict is not null) (warnings ??= new List<InventoryWarning>(1)).Add(DisclosureErrors.DataLocationNotInInventory(Language, at, state.Service.ServiceName, conflict));
            ResultsFromRows++;
            return new DisclosureEvaluation(Judge(state, item, record, named), null, warnings, conflict);
        }

        /// <summary>
        /// Ends the evaluation: a <see cref="DisclosureReason.NoRow"/> result for every line that
        /// applies to a service answered and that no row answered, service by service in the order
        /// first answered, lines in questionnaire order.
        /// </summary>
        public IEnumerable<DisclosureResult> Complete()
        {
            var (outcome, reason) = DisclosureJudge.NoRow;
            foreach (var state in order)
                foreach (var item in questionnaire.For(state.Service.ServiceModel))
                {
                    if (state.AnsweredAt(item) is not null) continue;
                    var owner = state.OwnerOf(item, out var overridden, out var layers);
                    yield return new DisclosureResult(state.Service, item.Id, item, outcome, reason,
                        DisclosureMessages.For(Language, reason, state.Service.ServiceModel, item, item.Id, owner, layers, null, AsOf, null),
                        null, null, null, ValueList<string>.Empty, null, null, owner, overridden, AsOf, Language, null, null, null, gapLayers: layers);
                }
        }

        private DisclosureResult Judge(ServiceAnswers state, QuestionnaireItem? item, AnswerRecord record, ValueList<string> named)
        {
            var model = state.Service.ServiceModel;
            DisclosureOutcome outcome;
            DisclosureReason reason;
            Owner? owner = null;
            var overridden = false;
            var layers = ValueList<Layer>.Empty;
            IReadOnlyList<string>? lines = null;
            if (item is null)
            {
                var parent = ParentLines(record.ItemId);
                (outcome, reason) = DisclosureJudge.Unknown(parent is not null);
                lines = parent;
            }
            else
            {
                var evidenceNamed = record.Evidence is not null || named.Count > 0;
                (outcome, reason) = DisclosureJudge.Judge(item, model, record.Answer, evidenceNamed, record.ValidUntil, AsOf, record.AnswerText is not null, record.ValidUntilText is not null);
                owner = state.OwnerOf(item, out overridden, out layers);
            }
            var message = DisclosureMessages.For(Language, reason, model, item, record.ItemId, owner, layers, record.ValidUntil, AsOf, lines, record);
            return new DisclosureResult(state.Service, item?.Id ?? record.ItemId, item, outcome, reason, message, record.Answer, record.Evidence,
                record.CertificationName, named, record.ValidUntil, record.Comment, owner, overridden, AsOf, Language, record.File, record.Row, record.AdditionalColumns,
                answerText: record.AnswerText, answerHeader: record.AnswerHeader, gapLayers: layers,
                validUntilText: record.ValidUntilText, validUntilHeader: record.ValidUntilHeader, inputPosition: record.InputPosition);
        }

        /// <summary>The lines of a check or disclosure item; null for an ID that is neither.</summary>
        private IReadOnlyList<string>? ParentLines(string id)
        {
            var lines = questionnaire.Items.Where(i => string.Equals(i.ParentId, id, StringComparison.OrdinalIgnoreCase)).Select(i => i.Id).ToList();
            return lines.Count > 0 ? lines : null;
        }

        /// <summary>The state of the record's service, created on its first row; null, with the error, when the row cannot be judged for it.</summary>
        private ServiceAnswers? StateOf(AnswerRecord record, RowLocation at, out Inventory.InventoryError? rejection)
        {
            rejection = null;
            // Rows of one service come together: the last service is looked up without normalising.
            var state = ReferenceEquals(record.ServiceName, lastName) || string.Equals(record.ServiceName, lastName, StringComparison.Ordinal) ? last : null;
            if (state is null)
            {
                var key = Key(record.ServiceName);
                if (!services.TryGetValue(key, out state))
                {
                    state = Create(record, key, at, out rejection);
                    if (state is null) return null;
                    services[key] = state;
                    order.Add(state);
                }
                lastName = record.ServiceName;
                last = state;
            }
            if (record.ServiceModel is ServiceModel named && named != state.Service.ServiceModel)
            {
                rejection = DisclosureErrors.ConflictingServiceModel(Language, at, nameof(QuestionnaireColumn.ServiceModel), state.Service.ServiceName, named, state.Service.ServiceModel, state.ModelFrom);
                return null;
            }
            return state;
        }

        private ServiceAnswers? Create(AnswerRecord record, string key, RowLocation at, out Inventory.InventoryError? rejection)
        {
            rejection = null;
            CloudService service;
            RowLocation? modelFrom = null;
            if (inventory.TryGetValue(key, out var known)) service = known;
            else if (record.ServiceModel is ServiceModel model)
            {
                service = new CloudService(record.ServiceName, model, record.Vendor);
                modelFrom = at;
            }
            else
            {
                rejection = DisclosureErrors.MissingRequiredValue(Language, at, nameof(QuestionnaireColumn.ServiceModel), record.ServiceName);
                return null;
            }
            return new ServiceAnswers(service, modelFrom, resolver.Resolve(service), questionnaire.Items.Count);
        }

        private DisclosureEvaluation Reject(Inventory.InventoryError error)
        {
            RowsWithErrors++;
            return new DisclosureEvaluation(null, error, null);
        }

        private static string Key(string serviceName) => TextNormalizer.Normalize(serviceName);
    }
}
