using System.Management.Automation;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Commands;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Pipeline
{
    /// <summary>
    /// Turns pipeline objects into questionnaire answers: Import-Csv rows of a filled questionnaire,
    /// New-VendorQuestionnaire's rows filled in a script, a CAIQ importer's objects — any object, by
    /// its property names, matched and read as a questionnaire file's headers are (English or
    /// Japanese); a result of an earlier Test-VendorDisclosure is judged again from its answer. An
    /// object is placed by its position among those piped in ("Input object 3",
    /// <see cref="AnswerRecord.InputPosition"/>), never by a file row: Import-Csv drops blank lines and
    /// joins a cell's lines, so the row would be a guess. A bad object becomes error records naming
    /// its position, column and value.
    /// </summary>
    internal sealed class AnswerInput
    {
        private readonly PSCmdlet cmdlet;
        private readonly Language language;
        private readonly PropertyCells cells = new PropertyCells();
        private AnswerRecordBuilder? builder;
        private long position;

        public AnswerInput(PSCmdlet cmdlet, Language language)
        {
            this.cmdlet = cmdlet;
            this.language = language;
        }

        /// <summary>Whether any object so far stood for no answer and errors were written for it.</summary>
        public bool HadErrors { get; private set; }

        /// <summary>
        /// The answer an object stands for; null, with error records written, when it stands for none
        /// (or is empty). A cell that cannot be read (an Answer, a ValidUntil, a ServiceModel) writes
        /// its error and still gives the record: the line was answered, unreadably.
        /// </summary>
        public AnswerRecord? Read(PSObject input)
        {
            position++;
            if (input.BaseObject is DisclosureResult result)
            {
                // A result read from a file keeps its file and row; one of an object piped in is placed where it comes now.
                var fromFile = result.Row is not null;
                return new AnswerRecord(result.ServiceName, result.ItemId, result.Answer, result.Vendor, result.ServiceModel, result.Evidence,
                    result.CertificationName, result.ValidUntil, result.Comment, result.AdditionalColumns, result.File, result.Row,
                    answerText: result.AnswerText, answerHeader: result.AnswerHeader, validUntilText: result.ValidUntilText, validUntilHeader: result.ValidUntilHeader,
                    inputPosition: fromFile ? null : position);
            }
            cells.Read(input);
            if (ServiceRecordBuilder.IsBlankRow(cells.Values))
            {
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.EmptyInputSkipped, position));
                return null;
            }
            // A shape whose names are no questionnaire's is mapped again for each object, so that its errors name that object.
            if (builder is null || !cells.HasNames(builder.Headers) || builder.HeaderErrors.Count > 0)
                builder = AnswerRecordBuilder.ForInputObject(cells.Names, position, language);
            if (builder.HeaderErrors.Count > 0)
            {
                foreach (var error in builder.HeaderErrors) Fail(error, input);
                return null;
            }
            var built = builder.BuildInputObject(cells.Values, position);
            foreach (var error in built.Errors) Fail(error, input);
            return built.Record;
        }

        private void Fail(InventoryError error, PSObject input)
        {
            HadErrors = true;
            cmdlet.WriteError(ErrorRecords.Inventory(error, input));
        }
    }
}
