using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.PowerShell.Pipeline;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// The scheduled audit: an inventory (files or piped services), the vendors' filled
    /// questionnaires, contract overrides, accepted risks and the last run's findings in; one
    /// Finding per rule a service breaks out, with severity, owner, evidence, a stable fingerprint
    /// and its change since the last run. -Summary writes one line per service instead, a service
    /// without findings included. -FailOn sets $LASTEXITCODE for the script that runs it.
    /// An audit that cannot see its whole inventory says so rather than resolve what it did not
    /// see: an inventory file missing, unreadable, empty or cut off in the middle of a row stops it,
    /// and a row that is no service is a finding (INV-01) whose service's last findings stay open as Unverified.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CloudAudit", DefaultParameterSetName = InventorySet)]
    [OutputType(typeof(Finding), typeof(AuditSummary))]
    public sealed class InvokeCloudAuditCommand : CatalogCommand, IDisposable
    {
        private const string InventorySet = "Inventory";
        private const string InputObjectSet = "InputObject";
        private const int ProgressEvery = 1000;

        // Cancelled by Ctrl+C: the inventory reader and the questionnaire and baseline loops stop at their next step.
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();
        private AuditEngine engine = null!;
        private ServiceInput input = null!;
        private AuditInventory inventory = null!;
        private IReadOnlyList<string> inventoryFiles = Array.Empty<string>();
        private InventoryReaderOptions readerOptions = InventoryReaderOptions.Default;
        private ProgressRecord progress = null!;
        private Action<InventoryError>? writeError;
        private Action<InventoryWarning>? writeWarning;

        /// <summary>Inventory files (CSV); wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = InventorySet)]
        [SupportsWildcards]
        public string[] InventoryPath { get; set; } = Array.Empty<string>();

        /// <summary>Services: Import-CloudInventory objects, or rows with ServiceName and ServiceModel; inventory files from Get-Item or Get-ChildItem are read as -InventoryPath reads them.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>A folder of filled questionnaires (its *.csv files), or questionnaire files; wildcards allowed. Without it no questionnaire rule applies.</summary>
        [Parameter]
        [SupportsWildcards]
        public string[]? QuestionnairePath { get; set; }

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause. It wins over the inventory's ContractOverrides column.</summary>
        [Parameter]
        public string? OverridePath { get; set; }

        /// <summary>A CSV of accepted risks: ServiceName (or a wildcard), RuleId, Justification, Expires, Approver.</summary>
        [Parameter]
        public string? SuppressionPath { get; set; }

        /// <summary>The last run's findings, as Export-CloudReport wrote them (CSV or JSON); a file that does not exist yet means a first run.</summary>
        [Parameter]
        public string? BaselinePath { get; set; }

        /// <summary>The date the audit judges at: validities, suppressions and ages are measured from it. Today by default.</summary>
        [Parameter]
        public DateTime? AsOf { get; set; }

        /// <summary>The oldest a questionnaire may be: a TimeSpan, or a number of days (-MaxAge 365); from 1 day to 36500 (100 years).</summary>
        [Parameter]
        [DaysTransformation]
        [DaysRange(1, 36500)]
        public TimeSpan? MaxAge { get; set; }

        /// <summary>
        /// The severity at or above which an open finding (neither suppressed nor resolved) sets
        /// $LASTEXITCODE to 1; 0 otherwise. It is 1 from the start, so that an audit that stops
        /// (an inventory missing, empty or cut off, a baseline that cannot be read) does not pass.
        /// </summary>
        [Parameter]
        public FindingSeverity? FailOn { get; set; }

        /// <summary>
        /// One AuditSummary per service audited instead of the findings: its open findings by
        /// severity, new, worsened and suppressed ones, and the rules evaluated; zeros for a service
        /// without findings.
        /// </summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (FailOn is not null) SetExitCode(1);
            var rules = LoadRules();
            var asOf = (AsOf ?? DateTime.Today).Date;
            readerOptions = InventoryOptions.From(this, OutputLanguage, null, ',');
            inventory = new AuditInventory(this, OutputLanguage, readerOptions, stopping.Token);
            // Every inventory file is there before anything is read or written: a missing one stops the audit before its first finding.
            if (ParameterSetName == InventorySet)
                inventoryFiles = ProviderPaths.Resolve(this, OutputLanguage, InventoryPath, literal: false, fail: ThrowTerminatingError).Select(inventory.Checked).ToList();
            progress = new ProgressRecord(0, Text(MessageKey.AuditProgressActivity), Text(MessageKey.AuditProgressServices, 0, 0));
            var overrides = QuestionnaireInputs.Overrides(this, OutputLanguage, OverridePath);
            var suppressions = ReadSuppressions(asOf);
            var baseline = ReadBaseline();
            // A questionnaire's separator goes by its name (tab for .tsv), whatever the inventory's.
            var questionnaires = QuestionnairePath is null ? null : new QuestionnaireSet(readerOptions with { Delimiter = null });
            var options = AuditOptions.Default with
            {
                AsOf = asOf,
                MaxAge = MaxAge,
                Language = OutputLanguage,
                ExpectQuestionnaires = questionnaires is not null,
                QuestionnaireFolder = QuestionnairePath is null ? null : string.Join(", ", QuestionnairePath),
            };
            engine = new AuditEngine(Catalog, rules, options, questionnaires, overrides, suppressions, baseline);
            input = new ServiceInput(this, OutputLanguage, unreadable: (name, row, errors) => Unreadable(name, null, row, errors));
            // Every questionnaire path is there before a questionnaire is read or a finding written, as every inventory file is.
            if (questionnaires is not null) ReadQuestionnaires(questionnaires, QuestionnaireFiles());
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            ThrowIfStopping();
            if (ParameterSetName == InventorySet)
            {
                foreach (var file in inventoryFiles) ReadInventory(file);
                return;
            }
            switch (InputObject?.BaseObject)
            {
                case null:
                    return;
                // A file piped in is an inventory, as Test-VendorDisclosure reads a piped file as answers.
                // -InventoryPath cannot take it by property name: the pipeline would then bind no service to -InputObject.
                case FileSystemInfo file:
                    ReadInventory(file.FullName);
                    return;
            }
            if (input.Read(InputObject) is { } service) Audit(service, null, null);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            ThrowIfStopping();
            // Nothing audited is no clean audit: it would report every finding of the baseline Resolved.
            if (engine.Services == 0 && engine.UnreadableRows == 0) ThrowTerminatingError(ErrorRecords.InventoryEmpty(OutputLanguage, null));
            var resolved = engine.Complete().ToList();
            // Resolved findings are of the last run, not of a service audited now: a summary has no line for them.
            if (!Summary) Emit(resolved);
            else Flush();
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
            WriteVerbose(Text(MessageKey.AuditCompleted, engine.Services, engine.AsOfText(), engine.Findings,
                engine.Open(FindingSeverity.Critical), engine.Open(FindingSeverity.High), engine.Open(FindingSeverity.Medium), engine.Open(FindingSeverity.Low), engine.Open(FindingSeverity.Info)));
            if (FailOn is not FindingSeverity threshold) return;
            // A cmdlet cannot set pwsh's exit code: the script that runs it ends with `exit $LASTEXITCODE`.
            var failing = Enumerable.Range((int)threshold, 5 - (int)threshold).Sum(s => engine.Open((FindingSeverity)s));
            SetExitCode(failing > 0 ? 1 : 0);
            if (failing > 0) WriteWarning(Text(MessageKey.AuditFailed, failing, threshold));
            else WriteVerbose(Text(MessageKey.AuditPassed, threshold));
        }

        /// <summary>Ctrl+C: the reading and the audit stop at their next row or file; what is downstream (Export-CloudReport) discards its unfinished report.</summary>
        protected override void StopProcessing()
        {
            try
            {
                stopping.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already complete: nothing left to stop.
            }
            base.StopProcessing();
        }

        /// <inheritdoc />
        public void Dispose() => stopping.Dispose();

        private void ThrowIfStopping()
        {
            if (stopping.IsCancellationRequested) throw new PipelineStoppedException();
        }

        private AuditRuleCatalog LoadRules()
        {
            try
            {
                return AuditRuleCatalog.Default;
            }
            catch (CatalogValidationException exception)
            {
                ThrowTerminatingError(ErrorRecords.CatalogInvalid(OutputLanguage, exception));
                throw;
            }
        }

        private SuppressionSet? ReadSuppressions(DateTime asOf)
        {
            if (SuppressionPath is null) return null;
            var path = GetUnresolvedProviderPathFromPSPath(SuppressionPath);
            if (!File.Exists(path)) ThrowTerminatingError(ErrorRecords.PathNotFound(OutputLanguage, path));
            var (suppressions, errors, warnings) = SuppressionSet.Read(path, asOf, OutputLanguage);
            foreach (var error in errors)
            {
                var record = ErrorRecords.Inventory(error, null);
                // A file cut off mid-row would apply in part: stopped on, as a header without its columns is.
                if (error.ErrorId == InventoryErrorId.MissingRequiredColumn || error.ErrorId == InventoryErrorId.TruncatedFile) ThrowTerminatingError(record);
                WriteError(record);
            }
            foreach (var warning in warnings) WriteWarning(warning.Message);
            WriteVerbose(Text(MessageKey.AuditSuppressionsRead, suppressions.Suppressions.Count, path, warnings.Count));
            return suppressions;
        }

        private Baseline? ReadBaseline()
        {
            if (BaselinePath is null) return null;
            var path = GetUnresolvedProviderPathFromPSPath(BaselinePath);
            if (!File.Exists(path))
            {
                WriteVerbose(Text(MessageKey.AuditBaselineMissing, path));
                return null;
            }
            try
            {
                var (baseline, errors) = Baseline.Read(path, OutputLanguage);
                foreach (var error in errors)
                {
                    // An empty file is no first run: it stops the audit, with the file as the target, before anything is written.
                    if (error.ErrorId == AuditErrorId.BaselineEmpty) ThrowTerminatingError(ErrorRecords.Inventory(error, path));
                    var record = ErrorRecords.Inventory(error, null);
                    // Cut off mid-row, the findings after the cut would come out New, their history lost.
                    if (error.ErrorId == InventoryErrorId.MissingRequiredColumn || error.ErrorId == InventoryErrorId.TruncatedFile) ThrowTerminatingError(record);
                    WriteError(record);
                }
                WriteVerbose(Text(MessageKey.AuditBaselineRead, baseline.Findings.Count, path));
                return baseline;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is System.Text.Json.JsonException)
            {
                ThrowTerminatingError(ErrorRecords.ReadBaselineFailed(OutputLanguage, exception, path));
                throw;
            }
        }

        private void ReadQuestionnaires(QuestionnaireSet questionnaires, IReadOnlyList<string> files)
        {
            Flush();
            var unreadable = 0;
            var questionnaireProgress = new ProgressRecord(1, Text(MessageKey.AuditProgressActivity), " ");
            for (var i = 0; i < files.Count; i++)
            {
                ThrowIfStopping();
                var file = files[i];
                questionnaireProgress.StatusDescription = Text(MessageKey.AuditProgressQuestionnaires, i + 1, files.Count, Path.GetFileName(file));
                questionnaireProgress.PercentComplete = (int)(100L * i / Math.Max(1, files.Count));
                WriteProgress(questionnaireProgress);
                if (questionnaires.Add(file, error => WriteError(ErrorRecords.Inventory(error, null)), out var failure, out var records))
                {
                    WriteVerbose(Text(MessageKey.QuestionnaireRead, file, "-", records, 0, 0));
                    continue;
                }
                // An unreadable questionnaire is a finding and an error record, never the end of the audit;
                // a file is no service, so a summary counts the finding (for -FailOn) without a line.
                unreadable++;
                var record = failure is QuestionnaireEmptyException
                    ? ErrorRecords.QuestionnaireEmpty(OutputLanguage, file)
                    : ErrorRecords.ReadQuestionnaireFailed(OutputLanguage, failure!, file);
                WriteError(record);
                var finding = engine.Unreadable(file, failure!.Message);
                if (!Summary) Emit(new[] { finding });
            }
            // Only the file that counts for a service is judged, so only its rows' errors are errors; a superseded file's are for -Verbose.
            questionnaires.TakeErrors(error => WriteError(ErrorRecords.Inventory(error, null)),
                (error, counted) => WriteVerbose(Text(MessageKey.QuestionnaireSupersededError, error.Message, counted.File, counted.ServiceName)));
            questionnaireProgress.RecordType = ProgressRecordType.Completed;
            WriteProgress(questionnaireProgress);
            WriteVerbose(Text(MessageKey.AuditQuestionnairesRead, files.Count, string.Join(", ", QuestionnairePath!), questionnaires.Services, unreadable));
        }

        /// <summary>
        /// The questionnaire files: a folder's questionnaires (.csv, .tsv and workbooks, CAIQs
        /// among them), or the files a path names. A path that is not there stops the audit, as a
        /// missing inventory does: an unmounted share would otherwise resolve every vendor finding.
        /// A folder without a questionnaire is a warning, and the engine holds what it would have judged.
        /// </summary>
        private List<string> QuestionnaireFiles()
        {
            var files = new List<string>();
            foreach (var path in QuestionnairePath!)
            {
                var resolved = GetUnresolvedProviderPathFromPSPath(path);
                if (Directory.Exists(resolved))
                {
                    var found = Directory.GetFiles(resolved).Where(QuestionnaireSet.IsQuestionnaireFile).OrderBy(f => f, StringComparer.Ordinal).ToList();
                    if (found.Count == 0) engine.NoQuestionnaireIn(resolved);
                    files.AddRange(found);
                    continue;
                }
                files.AddRange(ProviderPaths.Resolve(this, OutputLanguage, new[] { path }, literal: false, fail: ThrowTerminatingError));
            }
            return files;
        }

        private void ReadInventory(string file) => inventory.Read(file, engine.InventoryHeader, Audit, Unreadable);

        /// <summary>A row that is no service: a finding (none with -Summary, which has lines for services audited), counted for -FailOn.</summary>
        private void Unreadable(string? serviceName, string? file, long? row, IReadOnlyList<InventoryError> errors)
        {
            var finding = engine.UnreadableRow(serviceName, file, row, errors);
            if (!Summary) Emit(new[] { finding });
        }

        private void SetExitCode(int code) => SessionState.PSVariable.Set("global:LASTEXITCODE", code);

        private void Audit(CloudService service, string? file, long? row)
        {
            if (!Summary)
            {
                Emit(engine.Audit(service, file, row));
                return;
            }
            var summary = engine.Summarize(service, file, row);
            Flush();
            WriteObject(summary);
            ShowProgress();
        }

        private void Emit(IReadOnlyList<Finding> findings)
        {
            Flush();
            for (var i = 0; i < findings.Count; i++) WriteObject(findings[i]);
            ShowProgress();
        }

        /// <summary>Writes the errors and warnings the engine met since the last call.</summary>
        private void Flush()
        {
            ThrowIfStopping();
            engine.TakeProblems(writeError ??= error => WriteError(ErrorRecords.Inventory(error, null)), writeWarning ??= warning => WriteWarning(warning.Message));
        }

        private void ShowProgress()
        {
            if (engine.Services % ProgressEvery == 0 && engine.Services > 0)
            {
                progress.StatusDescription = Text(MessageKey.AuditProgressServices, engine.Services, engine.Findings);
                WriteProgress(progress);
            }
        }
    }
}
