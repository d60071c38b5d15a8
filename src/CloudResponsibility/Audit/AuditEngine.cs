using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using CloudResponsibility.Text;
using CloudResponsibility.ThreatModel;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// Audits services one at a time, as an inventory streams them: for each, the legal points it
    /// triggers, the customer's layers left without a named owner, and — when questionnaires were
    /// given — its newest questionnaire judged by the disclosure evaluator (or its absence, or its
    /// age). Each finding is compared with the baseline and the suppressions as it is made; at the
    /// end, <see cref="Complete"/> gives what the baseline had and this run did not find. Memory
    /// grows with the questionnaires and the baseline, not with the services. Not thread-safe.
    /// </summary>
    public sealed class AuditEngine
    {
        private readonly CatalogView catalog;
        private readonly AuditRuleCatalog rules;
        private readonly AuditOptions options;
        private readonly QuestionnaireSet? questionnaires;
        private readonly OverrideSet? overrides;
        private readonly SuppressionSet suppressions;
        private readonly BaselineComparison baseline;
        private readonly MatrixResolver resolver;
        private readonly LegalEvaluator legal;
        private readonly List<InventoryError> errors = new List<InventoryError>();
        private readonly List<InventoryWarning> warnings = new List<InventoryWarning>();
        private readonly int[] counts = new int[5];
        private readonly bool[] asksQuestionnaire;
        private readonly Owner[] generalDataOwner;
        private readonly DisclosureVerification? verification;
        private readonly ThreatModelBuilder? threatModels;
        private readonly string?[] evaluatedRules;
        private readonly Dictionary<string, string> legalMessages = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly RuleInputs inputs;
        private readonly Dictionary<string, BlindSpot> blindByFile = new Dictionary<string, BlindSpot>(StringComparer.Ordinal);
        private readonly string[] blankLocationRules;
        private bool questionnairesIncomplete;

        /// <summary>Creates an engine.</summary>
        /// <param name="catalog">The catalog, in the language of the findings.</param>
        /// <param name="rules">The audit's rules.</param>
        /// <param name="options">The date, age limit, language and home country.</param>
        /// <param name="questionnaires">The questionnaires read; null when the audit was given none (no questionnaire rule then applies).</param>
        /// <param name="overrides">Contract overrides from a file, which win over the inventory's.</param>
        /// <param name="suppressions">Accepted risks.</param>
        /// <param name="baseline">The last run's findings.</param>
        public AuditEngine(CatalogView catalog, AuditRuleCatalog rules, AuditOptions options, QuestionnaireSet? questionnaires = null,
            OverrideSet? overrides = null, SuppressionSet? suppressions = null, Baseline? baseline = null)
        {
            this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            this.rules = rules ?? throw new ArgumentNullException(nameof(rules));
            this.options = options ?? throw new ArgumentNullException(nameof(options));
            this.questionnaires = questionnaires;
            this.overrides = overrides;
            this.suppressions = suppressions ?? SuppressionSet.Empty;
            this.baseline = new BaselineComparison(baseline ?? Baseline.Empty);
            resolver = new MatrixResolver(catalog, overrides);
            legal = new LegalEvaluator(catalog, options.HomeCountry);
            inputs = new RuleInputs(catalog, rules);
            // INV-02 is judged on a blank cell: it is the one rule that reads the blank.
            blankLocationRules = inputs.Reading(InventoryColumn.DataLocation).Where(id => id != AuditRuleIds.UnknownDataLocation).ToArray();
            if (questionnaires is not null)
            {
                // The threat model reads the judged answers of each service as the audit adds them.
                verification = new DisclosureVerification();
                threatModels = new ThreatModelBuilder(catalog, overrides, verification);
            }
            var models = (ServiceModel[])Enum.GetValues(typeof(ServiceModel));
            asksQuestionnaire = new bool[models.Max(m => (int)m) + 1];
            generalDataOwner = new Owner[asksQuestionnaire.Length];
            evaluatedRules = new string?[asksQuestionnaire.Length * 3];
            foreach (var model in models)
            {
                asksQuestionnaire[(int)model] = catalog.Questionnaire.For(model).Any();
                generalDataOwner[(int)model] = catalog.CellsOf(model).First(c => c.Layer == Layer.Data).Owner;
            }
        }

        /// <summary>What separates the rule IDs of <see cref="Finding.EvaluatedRules"/>.</summary>
        public const string EvaluatedRuleSeparator = "; ";

        /// <summary>The services audited so far.</summary>
        public long Services { get; private set; }

        /// <summary>The findings so far, Resolved ones included.</summary>
        public long Findings { get; private set; }

        /// <summary>The inventory rows (or records piped in) so far that could not be read as services (<see cref="UnreadableRow"/>).</summary>
        public long UnreadableRows { get; private set; }

        /// <summary>The date judged at, as the verbose lines write it.</summary>
        public string AsOfText() => options.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>The findings so far at a severity that count for -FailOn (neither suppressed nor resolved).</summary>
        public int Open(FindingSeverity severity) => counts[(int)severity];

        /// <summary>Whether any open finding is at or above <paramref name="threshold"/>.</summary>
        public bool Fails(FindingSeverity threshold)
        {
            for (var s = (int)threshold; s < counts.Length; s++)
                if (counts[s] > 0) return true;
            return false;
        }

        /// <summary>Hands over the errors and warnings met since the last call (rows of questionnaires the evaluator rejected …).</summary>
        public void TakeProblems(Action<InventoryError> error, Action<InventoryWarning> warning)
        {
            foreach (var e in errors) error(e);
            foreach (var w in warnings) warning(w);
            errors.Clear();
            warnings.Clear();
        }

        /// <summary>
        /// The finding for a questionnaire file that cannot be read, or that has no answer row. Any
        /// service left without a questionnaire may have been its: what the baseline had of such a
        /// service from its questionnaire is held (Unverified), not Resolved.
        /// </summary>
        public Finding Unreadable(string file, string message)
        {
            questionnairesIncomplete = true;
            var name = System.IO.Path.GetFileName(file);
            var rule = rules.Get(AuditRuleIds.UnreadableQuestionnaire, options.Language);
            return Make(rule, FindingFingerprint.ServiceKey(name), name, null, Owner.Customer, name, message, file, null, null, null,
                new DetailValues { Service = name, Subject = name, Message = message }, rule.Id, null);
        }

        /// <summary>
        /// A questionnaire folder that holds no questionnaire file: a warning
        /// (<see cref="AuditWarningId.QuestionnaireFolderEmpty"/>), and what the baseline had from
        /// the questionnaires of a service left without one is held (Unverified), as are the
        /// baseline's unreadable files (QST-03): nothing was read to see them go.
        /// </summary>
        /// <param name="folder">The folder, as given.</param>
        public void NoQuestionnaireIn(string folder)
        {
            questionnairesIncomplete = true;
            baseline.HoldRulesEverywhere(new[] { AuditRuleIds.UnreadableQuestionnaire });
            warnings.Add(new InventoryWarning(AuditWarningId.QuestionnaireFolderEmpty,
                Localization.Messages.Format(options.Language, Localization.MessageKey.QuestionnaireFolderEmpty, folder), folder));
        }

        /// <summary>
        /// Reads an inventory file's header before its services. For each column a rule reads that
        /// the header lacks, a warning (<see cref="AuditWarningId.InventoryColumnMissing"/>) naming
        /// the file, the column, the rules it disables and the headers not recognised (a renamed
        /// column is among them); what the baseline had of those rules for the file's services is
        /// then held (Unverified): a renamed column must not turn a finding Resolved.
        /// </summary>
        /// <param name="file">The inventory file.</param>
        /// <param name="headers">Its headers, as written.</param>
        public void InventoryHeader(string file, IReadOnlyList<string> headers)
        {
            if (file is null) throw new ArgumentNullException(nameof(file));
            if (headers is null) throw new ArgumentNullException(nameof(headers));
            var present = new HashSet<InventoryColumn>();
            var unrecognised = new List<string>();
            foreach (var header in headers)
            {
                if (InventoryColumnNames.TryGetColumn(header, out var column)) present.Add(column);
                else if (!string.IsNullOrWhiteSpace(header)) unrecognised.Add("'" + header.Trim() + "'");
            }
            var blind = new HashSet<string>(StringComparer.Ordinal);
            var missing = new HashSet<InventoryColumn>();
            var at = new RowLocation(file, null, null).Describe(options.Language);
            foreach (var column in inputs.Columns)
            {
                if (present.Contains(column)) continue;
                missing.Add(column);
                var ruleIds = inputs.Reading(column);
                blind.UnionWith(ruleIds);
                var ids = string.Join(", ", ruleIds);
                var message = unrecognised.Count == 0
                    ? Localization.Messages.Format(options.Language, Localization.MessageKey.InventoryColumnMissingNoCandidate, at, column, ids)
                    : Localization.Messages.Format(options.Language, Localization.MessageKey.InventoryColumnMissing, at, column, ids, string.Join(", ", unrecognised));
                warnings.Add(new InventoryWarning(AuditWarningId.InventoryColumnMissing, message, file, null, null, column.ToString()));
            }
            if (missing.Count > 0) blindByFile[file] = new BlindSpot(blind.ToArray(), missing);
            else blindByFile.Remove(file);
        }

        /// <summary>
        /// The finding for an inventory row, or a record piped in, that could not be read as a
        /// service (INV-01): the service is not audited, so what the baseline had of it is not
        /// resolved but carried as Unverified (<see cref="Complete"/>). A row whose ServiceName
        /// cannot be read either could be any service: then every baseline finding of a service
        /// this run does not audit is carried so. The finding is the service's when the row names
        /// it (its subject the columns at fault, so that its fingerprint outlives a reordering of
        /// the rows), else the file's, by its row.
        /// </summary>
        /// <param name="serviceName">The service the row names, when its ServiceName cell could be read; null when it could not.</param>
        /// <param name="file">The inventory file; null for a record piped in.</param>
        /// <param name="row">The row there, as a spreadsheet numbers it; for a record piped in, its position as Import-Csv's rows would be numbered.</param>
        /// <param name="errors">The row's errors, in column order: at least one.</param>
        public Finding UnreadableRow(string? serviceName, string? file, long? row, IReadOnlyList<InventoryError> errors)
        {
            if (errors is null) throw new ArgumentNullException(nameof(errors));
            if (errors.Count == 0) throw new ArgumentException("An unreadable row has at least one error.", nameof(errors));
            UnreadableRows++;
            var rule = rules.Get(AuditRuleIds.UnreadableInventoryRow, options.Language);
            var evidence = string.Join("; ", errors.Select(e => e.Column is null ? e.ErrorId : e.Column + "=" + e.Value));
            var message = Sentences.Join(errors.Select(e => e.Message));
            string name, subject;
            if (!string.IsNullOrWhiteSpace(serviceName))
            {
                name = serviceName!.Trim();
                subject = string.Join(", ", errors.Select(e => e.Column is null ? e.ErrorId : InventoryColumnNames.TryGetColumn(e.Column, out var column) ? column.ToString() : e.Column).Distinct(StringComparer.Ordinal));
                var named = FindingFingerprint.ServiceKey(name);
                baseline.Hold(named);
                // Its questionnaire answers a service the inventory has: no warning that it does not.
                questionnaires?.ClaimByKey(named);
            }
            else
            {
                name = file is null ? PipedRecords : System.IO.Path.GetFileName(file);
                subject = "Row " + (row?.ToString(CultureInfo.InvariantCulture) ?? "?");
                baseline.HoldUnaudited();
            }
            return Make(rule, FindingFingerprint.ServiceKey(name), name, null, Owner.Customer, subject, evidence, file, row, file, row,
                new DetailValues { Service = name, Subject = subject, Value = evidence, Message = message }, rule.Id, null);
        }

        /// <summary>What an INV-01 finding names as its service for a record piped in whose ServiceName cannot be read.</summary>
        public const string PipedRecords = "(pipeline)";

        /// <summary>The findings of one service, in rule order: ownership, legal points, questionnaire.</summary>
        /// <param name="service">The service.</param>
        /// <param name="file">The inventory file it was read from; null for a service piped in.</param>
        /// <param name="row">Its row there.</param>
        public IReadOnlyList<Finding> Audit(CloudService service, string? file = null, long? row = null) => Audit(service, file, row, out _, out _);

        /// <summary>
        /// Audits one service as <see cref="Audit(CloudService, string?, long?)"/> does and sums its
        /// findings up in one line: zeros for a service without findings.
        /// </summary>
        /// <param name="service">The service.</param>
        /// <param name="file">The inventory file it was read from; null for a service piped in.</param>
        /// <param name="row">Its row there.</param>
        public AuditSummary Summarize(CloudService service, string? file = null, long? row = null)
        {
            var findings = Audit(service, file, row, out var evaluatedRules, out var contractOverrides);
            return new AuditSummary(service, findings, evaluatedRules, contractOverrides, file, row, options.AsOf.Date);
        }

        private IReadOnlyList<Finding> Audit(CloudService service, string? file, long? row, out string evaluatedRules, out string? contractOverrides)
        {
            if (service is null) throw new ArgumentNullException(nameof(service));
            Services++;
            var findings = new List<Finding>(4);
            // The questionnaire is looked up first: whether there is one decides which rules are evaluated, which every finding names.
            var key = FindingFingerprint.ServiceKey(service.ServiceName);
            baseline.Audited(key);
            var asked = options.ExpectQuestionnaires && questionnaires is not null && asksQuestionnaire[(int)service.ServiceModel];
            var questionnaire = asked ? questionnaires!.TakeByKey(key) : null;
            questionnaires?.ClaimByKey(key);
            var locationRead = HoldUnseen(service, key, file, asked && questionnaire is null);
            // The matrix only where the general split may not hold: overrides, or layers to list.
            var matrix = service.ContractOverrides.Count > 0 || (overrides?.Count ?? 0) > 0 || string.IsNullOrWhiteSpace(service.Owner) ? resolver.Resolve(service) : null;
            var at = new ServiceAt(service, key, file, row,
                EvaluatedRules(service.ServiceModel, asked, questionnaire is not null), OverridesOf(matrix));
            AuditOwnership(at, matrix, findings);
            AuditLegal(at, matrix, findings);
            if (locationRead) AuditUnknownLocation(at, findings);
            if (asked) AuditQuestionnaire(at, questionnaire, findings);
            evaluatedRules = at.EvaluatedRules;
            contractOverrides = at.Overrides;
            return findings;
        }

        /// <summary>
        /// Ends the audit: a warning for each questionnaire no audited service claimed, and for
        /// each baseline finding this run did not find, a Resolved finding — or, when the run could
        /// not check it (<see cref="UnreadableRow"/>), the finding as the baseline had it, Unverified
        /// and open (Suppressed while an unexpired suppression accepts it).
        /// </summary>
        public IEnumerable<Finding> Complete()
        {
            if (questionnaires is not null)
            {
                foreach (var orphan in questionnaires.Unclaimed()) WarnNotInInventory(orphan.File, orphan.ServiceName);
                foreach (var (file, serviceName) in questionnaires.UnclaimedCaiqs()) WarnNotInInventory(file, serviceName);
            }
            foreach (var gone in baseline.Unmatched())
            {
                Findings++;
                var status = FindingStatus.Resolved;
                Suppression? suppression = null;
                var expired = false;
                if (baseline.IsHeld(gone))
                {
                    status = FindingStatus.Unverified;
                    suppression = suppressions.Suppressions.Count == 0 ? null : suppressions.Find(gone.ServiceName, gone.RuleId, options.AsOf);
                    expired = suppression is not null && suppression.IsExpired(options.AsOf);
                    if (suppression is not null && !expired) status = FindingStatus.Suppressed;
                    else counts[(int)gone.Severity]++;
                }
                yield return new Finding(gone.ServiceName, gone.RuleId, gone.Severity, status, gone.Title, gone.Detail, gone.Owner, gone.Subject,
                    gone.Evidence, gone.EvidenceFile, gone.EvidenceRow, gone.InventoryFile, gone.InventoryRow, gone.Fingerprint, gone.ServiceModel, gone.Vendor,
                    gone.ServiceOwner, gone.Severity, suppression?.Justification, suppression?.Approver, suppression?.Expires, expired,
                    source: gone.Source, asOf: options.AsOf.Date, language: gone.Language, evaluatedRules: gone.EvaluatedRules, contractOverrides: gone.ContractOverrides,
                    action: gone.Action);
            }
        }

        private void AuditOwnership(ServiceAt at, ServiceResponsibility[]? matrix, List<Finding> findings)
        {
            if (!string.IsNullOrWhiteSpace(at.Service.Owner)) return;
            var ours = matrix!.Where(r => r.Owner != Owner.Provider).Select(r => r.Layer.ToString()).ToList();
            if (ours.Count == 0) return;
            var layers = string.Join(", ", ours);
            var rule = rules.Get(AuditRuleIds.CustomerLayersWithoutOwner, options.Language);
            findings.Add(Make(rule, at, Owner.Customer, "Owner", "Owner=; " + layers, at.File, at.Row,
                new DetailValues { Service = at.Service.ServiceName, Subject = "Owner", Layers = layers }));
        }

        private void AuditLegal(ServiceAt at, ServiceResponsibility[]? matrix, List<Finding> findings)
        {
            // The data's owner decides where it may go: the Data layer's owner under the matrix.
            var dataOwner = matrix is null ? generalDataOwner[(int)at.Service.ServiceModel] : matrix.First(r => r.Layer == Layer.Data).Owner;
            foreach (var point in legal.Evaluate(at.Service))
            {
                var rule = rules.Find(point.Id, options.Language);
                if (rule is null) continue;
                // The law as it stands leads; the source's words follow as what it said then (CSO §5 predates the GDPR and the CLOUD Act).
                if (!legalMessages.TryGetValue(point.Id, out var message))
                    legalMessages[point.Id] = message = Localization.Messages.Format(options.Language, Localization.MessageKey.LegalFindingLaw,
                        point.CurrentLaw, point.Source, point.Name, point.Description);
                findings.Add(Make(rule, at, dataOwner, point.Id, point.Evidence, at.File, at.Row,
                    new DetailValues { Service = at.Service.ServiceName, Subject = point.Id, Value = point.Reason, Message = message }));
            }
        }

        /// <summary>
        /// Holds what the baseline had of a service under rules this run cannot judge it by: a
        /// column its file lacks, a blank DataLocation (the vendor's unknown, not "at home"), or a
        /// questionnaire it may have had in a file that could not be used. Whether the service's
        /// DataLocation column was read at all.
        /// </summary>
        private bool HoldUnseen(CloudService service, string key, string? file, bool withoutQuestionnaire)
        {
            var locationRead = true;
            if (file is not null && blindByFile.TryGetValue(file, out var blind))
            {
                baseline.HoldRules(key, blind.Rules);
                locationRead = !blind.Columns.Contains(InventoryColumn.DataLocation);
            }
            if (locationRead && service.DataLocation.Count == 0) baseline.HoldRules(key, blankLocationRules);
            if (withoutQuestionnaire && questionnairesIncomplete) baseline.HoldRules(key, inputs.Questionnaire);
            return locationRead;
        }

        /// <summary>A service holding data whose location the law looks at, with no DataLocation (INV-02): the legal points cannot be judged.</summary>
        private void AuditUnknownLocation(ServiceAt at, List<Finding> findings)
        {
            var service = at.Service;
            if (service.DataLocation.Count > 0) return;
            var kinds = new List<string>(2);
            if (service.PersonalData == true) kinds.Add(nameof(InventoryColumn.PersonalData));
            if (service.EuPersonalData == true) kinds.Add(nameof(InventoryColumn.EuPersonalData));
            if (service.MedicalData == true) kinds.Add(nameof(InventoryColumn.MedicalData));
            if (service.ExportControlled == true) kinds.Add(nameof(InventoryColumn.ExportControlled));
            if (kinds.Count == 0) return;
            var rule = rules.Get(AuditRuleIds.UnknownDataLocation, options.Language);
            var value = string.Join(", ", kinds);
            var evidence = "DataLocation=; " + string.Join("; ", kinds.Select(k => k + "=true"));
            findings.Add(Make(rule, at, Owner.Customer, nameof(InventoryColumn.DataLocation), evidence, at.File, at.Row,
                new DetailValues { Service = service.ServiceName, Subject = nameof(InventoryColumn.DataLocation), Value = value }));
        }

        private void WarnNotInInventory(string file, string serviceName) =>
            warnings.Add(new InventoryWarning(AuditWarningId.QuestionnaireServiceNotInInventory,
                Localization.Messages.Format(options.Language, Localization.MessageKey.QuestionnaireServiceNotInInventory, new RowLocation(file, null, null).Describe(options.Language), serviceName),
                file, null, null, serviceName));

        private void AuditQuestionnaire(ServiceAt at, ServiceQuestionnaire? questionnaire, List<Finding> findings)
        {
            var service = at.Service;
            AuditCaiq(at, findings);
            if (questionnaire is null)
            {
                var rule = rules.Get(AuditRuleIds.NoQuestionnaire, options.Language);
                findings.Add(Make(rule, at, Owner.Customer, "Questionnaire", null, at.File, at.Row,
                    new DetailValues { Service = service.ServiceName, Subject = "Questionnaire", Folder = options.QuestionnaireFolder }));
                return;
            }
            if (options.MaxAge is TimeSpan maxAge && questionnaire.AnsweredOn < options.AsOf.Date - maxAge)
            {
                var rule = rules.Get(AuditRuleIds.StaleQuestionnaire, options.Language);
                var date = questionnaire.AnsweredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                findings.Add(Make(rule, at, Owner.Customer, "Questionnaire", (questionnaire.AnsweredOnFromFile ? "LastWriteTime=" : "AnsweredOn=") + date, questionnaire.File, null,
                    new DetailValues { Service = service.ServiceName, Subject = "Questionnaire", Value = date, Date = date, Days = ((int)maxAge.TotalDays).ToString(CultureInfo.InvariantCulture) }));
            }
            var evaluator = new DisclosureEvaluator(catalog, options.AsOf, new[] { service }, overrides);
            foreach (var record in questionnaire.Records)
            {
                var evaluation = evaluator.Evaluate(record);
                // A location the inventory does not list is a finding of the audit, not a warning as well.
                warnings.AddRange(evaluation.Warnings.Where(w => w.WarningId != DisclosureWarningId.DataLocationNotInInventory));
                if (evaluation.Error is not null) errors.Add(evaluation.Error);
                else Judge(evaluation.Result!, at, findings);
                if (evaluation.LocationConflict is { } conflict) AuditLocation(conflict, evaluation, record, at, findings);
            }
            foreach (var missing in evaluator.Complete())
                Judge(missing, at, findings);
            AuditThreats(at, findings);
        }

        /// <summary>
        /// The lines where the vendor's CAIQ declares an owner the service's matrix, after its
        /// contract overrides, contradicts (OWN-02). The CAIQ's answers themselves raise no other
        /// finding: the questionnaire's rules judge the service's own questionnaire.
        /// </summary>
        private void AuditCaiq(ServiceAt at, List<Finding> findings)
        {
            var answers = questionnaires!.TakeCaiqByKey(at.Key);
            if (answers is null) return;
            var evaluator = new Disclosure.Caiq.CaiqEvaluator(catalog, options.AsOf, new[] { at.Service }, overrides);
            foreach (var answer in answers)
                if (evaluator.Add(answer).Error is { } error) errors.Add(error);
            var rule = rules.Get(AuditRuleIds.OwnershipMismatch, options.Language);
            foreach (var result in evaluator.Complete())
            {
                if (result.Reason != DisclosureReason.OwnershipMismatch) continue;
                var claims = string.Join(";", result.VendorOwnership);
                var subject = result.Subject is { Length: > 0 } name ? Messages.Format(options.Language, MessageKey.FindingSubjectNamed, result.ItemId, name) : result.ItemId;
                findings.Add(Make(rule, at, result.GapOwner ?? Owner.Shared, result.ItemId,
                    $"Ownership={claims}; GapOwner={result.GapOwner}; Questions={string.Join(";", result.QuestionIds)}", result.File, result.Row,
                    new DetailValues { Service = at.Service.ServiceName, Subject = subject, Value = claims, Message = result.Message }));
            }
        }

        /// <summary>
        /// An answer about where the data is that names countries the inventory's DataLocation does
        /// not list (VND-08): the legal findings above were judged from that location. The customer
        /// owns it: the inventory is the customer's to confirm and correct.
        /// </summary>
        private void AuditLocation(DataLocationConflict conflict, DisclosureEvaluation evaluation, AnswerRecord record, ServiceAt at, List<Finding> findings)
        {
            var rule = rules.Get(AuditRuleIds.VendorDataLocationNotInInventory, options.Language);
            var unlisted = string.Join(", ", conflict.Unlisted);
            var message = evaluation.Warnings.First(w => w.WarningId == DisclosureWarningId.DataLocationNotInInventory).Message;
            var evidence = $"Named={string.Join(";", conflict.Named)}; DataLocation={string.Join(";", conflict.InventoryLocation)}";
            var subject = evaluation.Result?.Subject is { Length: > 0 } name ? Messages.Format(options.Language, MessageKey.FindingSubjectNamed, conflict.ItemId, name) : conflict.ItemId;
            findings.Add(Make(rule, at, Owner.Customer, conflict.ItemId, evidence, record.File, record.Row,
                new DetailValues { Service = at.Service.ServiceName, Subject = subject, Value = unlisted, Message = message }));
        }

        /// <summary>The relevant threats whose provider measures the service's judged answers leave unverified.</summary>
        private void AuditThreats(ServiceAt at, List<Finding> findings)
        {
            if (threatModels is null) return;
            var rule = rules.Get(AuditRuleIds.UnverifiedThreatMitigation, options.Language);
            foreach (var entry in threatModels.Entries(at.Service))
            {
                if (entry.Relevance == ThreatRelevance.NotApplicable || entry.UnverifiedMitigations.Count == 0) continue;
                var unverified = string.Join("; ", entry.UnverifiedMitigations);
                findings.Add(Make(rule, at, Owner.Provider, entry.ThreatId, unverified, at.File, at.Row,
                    new DetailValues { Service = at.Service.ServiceName, Subject = entry.ThreatId, Value = unverified, Message = entry.Name }));
            }
        }

        private void Judge(DisclosureResult result, ServiceAt at, List<Finding> findings)
        {
            verification?.Add(result);
            var ruleId = RuleOf(result);
            if (ruleId is null) return;
            var rule = rules.Get(ruleId, options.Language);
            var evidence = result.Reason switch
            {
                DisclosureReason.NoRow => "(no row)",
                DisclosureReason.ValidityExpired => "ValidUntil=" + result.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DisclosureReason.EvidenceMissing => "Answer=Yes; Evidence=",
                DisclosureReason.UnreadableAnswer => "Answer=" + result.AnswerText,
                DisclosureReason.UnreadableValidUntil => "ValidUntil=" + result.ValidUntilText,
                _ => "Answer=" + (result.Answer?.ToString() ?? string.Empty),
            };
            var subject = result.Subject is { Length: > 0 } name ? Messages.Format(options.Language, MessageKey.FindingSubjectNamed, result.ItemId, name) : result.ItemId;
            findings.Add(Make(rule, at, result.GapOwner ?? Owner.Customer, result.ItemId, evidence, result.File, result.Row,
                new DetailValues { Service = at.Service.ServiceName, Subject = subject, Value = result.ValidUntilText ?? result.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Message = result.Message }));
        }

        /// <summary>The rule an outcome breaks; null for one that breaks none (Pass, an answer about the offering, NotApplicable, an unknown ID).</summary>
        private static string? RuleOf(DisclosureResult result) => result.Reason switch
        {
            DisclosureReason.AnsweredNo => AuditRuleIds.VendorAnsweredNo,
            DisclosureReason.AnsweredPartial => AuditRuleIds.VendorAnsweredPartial,
            DisclosureReason.BlankAnswer => AuditRuleIds.VendorLineMissing,
            DisclosureReason.NoRow => AuditRuleIds.VendorLineMissing,
            DisclosureReason.UnreadableAnswer => AuditRuleIds.VendorAnswerUnreadable,
            DisclosureReason.UnreadableValidUntil => AuditRuleIds.VendorValidityUnreadable,
            DisclosureReason.ValidityExpired => AuditRuleIds.VendorAnswerExpired,
            DisclosureReason.EvidenceMissing => AuditRuleIds.VendorEvidenceMissing,
            DisclosureReason.NotApplicableNotAccepted => AuditRuleIds.VendorNotApplicableRejected,
            DisclosureReason.NotDisclosed => AuditRuleIds.VendorNotDisclosed,
            DisclosureReason.PartlyDisclosed => AuditRuleIds.VendorNotDisclosed,
            _ => null,
        };

        private Finding Make(AuditRule rule, ServiceAt at, Owner owner, string subject, string? evidence, string? evidenceFile, long? evidenceRow, in DetailValues values) =>
            Make(rule, at.Key, at.Service.ServiceName, at.Service, owner, subject, evidence, evidenceFile, evidenceRow, at.File, at.Row, values, at.EvaluatedRules, at.Overrides);

        /// <summary>A finding of a rule, compared with the baseline and the suppressions.</summary>
        private Finding Make(AuditRule rule, string serviceKey, string serviceName, CloudService? service, Owner owner, string subject, string? evidence,
            string? evidenceFile, long? evidenceRow, string? inventoryFile, long? inventoryRow, in DetailValues values, string evaluatedRules, string? matrixOverrides)
        {
            // Without a baseline nothing here needs the fingerprint: the finding hashes it when it is first read.
            var fingerprint = baseline.IsEmpty ? null : FingerprintHash.Of(serviceKey, rule.Id, subject);
            var suppression = suppressions.Suppressions.Count == 0 ? null : suppressions.Find(serviceName, rule.Id, options.AsOf);
            var expired = suppression is not null && suppression.IsExpired(options.AsOf);
            var suppressed = suppression is not null && !expired;
            var (status, before) = fingerprint is null ? (suppressed ? FindingStatus.Suppressed : FindingStatus.New, null) : baseline.Compare(serviceName, rule.Id, subject, fingerprint, rule.Severity, suppressed);
            if (!suppressed) counts[(int)rule.Severity]++;
            Findings++;
            var title = subject.Length > 0 && rule.Id.StartsWith("VND-", StringComparison.Ordinal) ? Messages.Format(options.Language, MessageKey.FindingTitleOfSubject, rule.Title, subject) : rule.Title;
            return new Finding(serviceName, rule.Id, rule.Severity, status, title, rule.Detail(values), owner, subject, evidence, evidenceFile, evidenceRow,
                inventoryFile, inventoryRow, fingerprint, serviceKey, service?.ServiceModel, service?.Vendor, service?.Owner, before,
                suppression?.Justification, suppression?.Approver, suppression?.Expires, expired, rule.Source, options.AsOf.Date, options.Language, evaluatedRules, matrixOverrides,
                rule.Action(values));
        }

        /// <summary>
        /// The rules evaluated for a service, as the findings name them: the legal and ownership
        /// rules always; where a questionnaire is asked for, whether there is one (QST-01), and —
        /// when there is — its age (QST-02, with a maximum age), its answers (the vendor rules) and
        /// the threats they leave unverified (the threat rules). QST-03 is about files and INV-01
        /// about rows, not services.
        /// </summary>
        private string EvaluatedRules(ServiceModel model, bool asked, bool answered)
        {
            var slot = (int)model * 3 + (!asked ? 0 : answered ? 2 : 1);
            if (evaluatedRules[slot] is { } known) return known;
            var ids = rules.In(Language.En).Where(rule => rule.Category switch
            {
                "Legal" => true,
                // OWN-02 reads the vendor's CAIQ, which is looked for only where a questionnaire is asked for.
                "Ownership" => rule.Id != AuditRuleIds.OwnershipMismatch || asked,
                "Questionnaire" => asked && (rule.Id == AuditRuleIds.NoQuestionnaire || (answered && rule.Id == AuditRuleIds.StaleQuestionnaire && options.MaxAge is not null)),
                // INV-01 is about rows that are no service: a service audited had its row read; INV-02 reads a service's cells.
                "Inventory" => rule.Id == AuditRuleIds.UnknownDataLocation,
                _ => answered,
            }).Select(rule => rule.Id);
            return evaluatedRules[slot] = string.Join(EvaluatedRuleSeparator, ids);
        }

        /// <summary>The overridden cells of a matrix as an inventory cell writes them; null when none is.</summary>
        private static string? OverridesOf(ServiceResponsibility[]? matrix)
        {
            if (matrix is null) return null;
            List<string>? cells = null;
            foreach (var cell in matrix)
            {
                if (!cell.IsOverridden) continue;
                // A clause from an override file may hold the cell's own separators.
                var clause = cell.Clause?.Replace(';', ',').Replace('；', ',').Replace('\r', ' ').Replace('\n', ' ');
                (cells ??= new List<string>(2)).Add(new ContractOverride(cell.Layer, cell.Owner, clause).ToString());
            }
            return cells is null ? null : string.Join("; ", cells);
        }

        /// <summary>The rules an inventory file's header leaves unjudged, and the columns it lacks.</summary>
        private sealed class BlindSpot
        {
            public BlindSpot(string[] rules, HashSet<InventoryColumn> columns)
            {
                Rules = rules;
                Columns = columns;
            }

            public string[] Rules { get; }

            public HashSet<InventoryColumn> Columns { get; }
        }

        /// <summary>The service being audited, its key (made once) and where it was read.</summary>
        private readonly struct ServiceAt
        {
            public ServiceAt(CloudService service, string key, string? file, long? row, string evaluatedRules, string? overrides)
            {
                Service = service;
                Key = key;
                File = file;
                Row = row;
                EvaluatedRules = evaluatedRules;
                Overrides = overrides;
            }

            public string EvaluatedRules { get; }

            public string? Overrides { get; }

            public CloudService Service { get; }

            public string Key { get; }

            public string? File { get; }

            public long? Row { get; }
        }
    }
}
