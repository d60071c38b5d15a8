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

        /// <summary>Reads a questionnaire file and judges its rows.</summary>
        public void ReadFile(string file, Action<DisclosureResult> emit)
        {
            if (!File.Exists(file))
            {
                Fail(ErrorRecords.PathNotFound(language, file));
                return;
            }
            try
            {
                using var reader = QuestionnaireReader.Open(file, options);
                while (reader.Read())
                {
                    var current = reader.Current;
                    // A row whose Answer cell holds no accepted answer has both: its error, then its result (answered, unreadable).
                    foreach (var error in current.Errors) Fail(ErrorRecords.Inventory(error, null));
                    if (current.Record is not null) Judge(current.Record, null, emit);
                }
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.QuestionnaireRead, file, reader.Encoding?.WebName, reader.Records, reader.RowsWithErrors, reader.SkippedEmptyRows));
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                Fail(ErrorRecords.ReadQuestionnaireFailed(language, exception, file));
            }
        }

        /// <summary>Judges a pipeline object: a row of named cells, or a file from Get-ChildItem.</summary>
        public void ReadObject(PSObject value, Action<DisclosureResult> emit)
        {
            if (value.BaseObject is FileInfo file)
            {
                ReadFile(file.FullName, emit);
                return;
            }
            if (value.BaseObject is CaiqAnswer answer)
            {
                // Judged at the end: a line's outcome needs every answer mapped to it.
                if (Caiq.Add(answer).Error is { } error) Fail(ErrorRecords.Inventory(error, value));
                return;
            }
            var record = input.Read(value);
            HadErrors |= input.HadErrors;
            if (record is not null) Judge(record, value, emit);
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

        private void Fail(ErrorRecord record)
        {
            HadErrors = true;
            cmdlet.WriteError(record);
        }
    }
}
