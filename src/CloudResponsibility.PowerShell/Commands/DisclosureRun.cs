using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Caiq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Disclosure.Caiq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.PowerShell.Pipeline;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// One judgement of questionnaires for a cmdlet: files and pipeline objects read into one
    /// evaluator, each result handed on as it is made; errors and warnings written as records,
    /// verbose lines per file; CAIQ answers (Import-Caiq) judged through the CCM crosswalk at the
    /// end. Test-VendorDisclosure runs one, Compare-VendorDisclosure one per side.
    /// </summary>
    internal sealed class DisclosureRun
    {
        private readonly PSCmdlet cmdlet;
        private readonly Language language;
        private readonly TableReaderOptions options;
        private readonly AnswerInput input;

        public DisclosureRun(PSCmdlet cmdlet, CatalogView catalog, TableReaderOptions options, DateTime asOf, IEnumerable<CloudService>? inventory, Resolution.OverrideSet? overrides)
        {
            this.cmdlet = cmdlet;
            language = catalog.Language;
            this.options = options;
            input = new AnswerInput(cmdlet, language);
            Evaluator = new DisclosureEvaluator(catalog, asOf, inventory, overrides);
            Caiq = new CaiqEvaluator(catalog, asOf, inventory, overrides);
        }

        public DisclosureEvaluator Evaluator { get; }

        /// <summary>Judges CAIQ answers (Import-Caiq objects) piped in beside questionnaire rows.</summary>
        public CaiqEvaluator Caiq { get; }

        /// <summary>Whether any file, row or object could not be read or judged.</summary>
        public bool HadErrors { get; private set; }

        /// <summary>The results, from rows and for lines no row answered.</summary>
        public long Results { get; private set; }

        /// <summary>The answers read so far from objects piped in, CAIQ answers included; files piped in count in <see cref="FilesPiped"/>.</summary>
        public long PipedAnswers { get; private set; }

        /// <summary>The files piped in so far (Get-ChildItem), each read as -Path reads one.</summary>
        public long FilesPiped { get; private set; }

        /// <summary>
        /// Reads a questionnaire file and judges its rows. Says how many answer rows it had (0 for
        /// a file that is not there or cannot be read) and whether an error record was written for
        /// it. A file read without an error and without an answer row (empty, a header alone, blank
        /// rows) is an error of its own, QuestionnaireEmpty: a scheduled job must not take it for a
        /// questionnaire with nothing to check.
        /// </summary>
        public (long Answers, bool Failed) ReadFile(string file, Action<DisclosureResult> emit)
        {
            if (!File.Exists(file))
            {
                Fail(ErrorRecords.PathNotFound(language, file));
                return (0, true);
            }
            var failed = false;
            try
            {
                using var reader = QuestionnaireReader.Open(file, options);
                while (reader.Read())
                {
                    var current = reader.Current;
                    // A row whose Answer cell holds no accepted answer has both: its error, then its result (answered, unreadable).
                    // A row with no record at all is an answer lost: the file was not read in full.
                    foreach (var error in current.Errors) failed |= Fail(ErrorRecords.Inventory(error, null)) && current.Record is null;
                    if (current.Record is not null) Judge(current.Record, null, emit);
                }
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.QuestionnaireRead, file, reader.Encoding?.WebName, reader.Records, reader.RowsWithErrors, reader.SkippedEmptyRows));
                if (reader.Records == 0 && !failed) failed = Fail(ErrorRecords.QuestionnaireEmpty(language, file));
                return (reader.Records, failed);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Fail(ErrorRecords.ReadQuestionnaireFailed(language, exception, file));
                return (0, true);
            }
        }

        /// <summary>Judges a pipeline object: a row of named cells, or a file from Get-ChildItem.</summary>
        public void ReadObject(PSObject value, Action<DisclosureResult> emit)
        {
            if (value.BaseObject is FileInfo file)
            {
                FilesPiped++;
                ReadFile(file.FullName, emit);
                return;
            }
            if (value.BaseObject is CaiqAnswer answer)
            {
                // Judged at the end: a line's outcome needs every answer mapped to it.
                if (Caiq.Add(answer).Error is { } error) Fail(ErrorRecords.Inventory(error, value));
                else PipedAnswers++;
                return;
            }
            var record = input.Read(value);
            HadErrors |= input.HadErrors;
            if (record is null) return;
            PipedAnswers++;
            Judge(record, value, emit);
        }

        /// <summary>Ends the judgement: a result for each line no row answered, then a verbose line of totals.</summary>
        public void Complete(Action<DisclosureResult> emit)
        {
            long missing = 0;
            foreach (var result in Evaluator.Complete())
            {
                missing++;
                Results++;
                emit(result);
            }
            if (Caiq.Services > 0)
            {
                foreach (var result in Caiq.Complete())
                {
                    Results++;
                    emit(result);
                }
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.CaiqJudged, Caiq.Services, Caiq.Answers, Caiq.AnswersWithErrors));
            }
            cmdlet.WriteVerbose(Messages.Format(language, MessageKey.DisclosureJudged, Evaluator.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Evaluator.Services, Evaluator.ResultsFromRows, missing, Evaluator.RowsWithErrors));
        }

        private void Judge(AnswerRecord record, object? target, Action<DisclosureResult> emit)
        {
            var evaluation = Evaluator.Evaluate(record);
            foreach (var warning in evaluation.Warnings) cmdlet.WriteWarning(warning.Message);
            if (evaluation.Error is not null)
            {
                Fail(ErrorRecords.Inventory(evaluation.Error, target));
                return;
            }
            Results++;
            emit(evaluation.Result!);
        }

        /// <summary>Writes the record; true, for the callers that note that something failed.</summary>
        private bool Fail(ErrorRecord record)
        {
            HadErrors = true;
            cmdlet.WriteError(record);
            return true;
        }
    }
}
