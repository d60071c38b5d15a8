using System;
using System.Management.Automation;
using CloudResponsibility.Disclosure;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Judges filled vendor questionnaires: one result per questionnaire line that applies to each
    /// service — the lines a file does not answer included — with its outcome, a machine-readable
    /// reason, a message in the chosen language, what it verifies and who owns the gap under the
    /// service's matrix. Reads files (several at once, grouped by ServiceName) or piped rows, and
    /// judges a vendor's CAIQ answers (Import-Caiq) through the CCM crosswalk, its ownership claims
    /// reconciled with the matrix;
    /// -Summary adds them up per service, -Quiet answers $true or $false. A file without an answer
    /// row, or a pipeline that brings no answer, is an error (QuestionnaireEmpty), never a silent
    /// "nothing to check"; the other files are still judged.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "VendorDisclosure", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(DisclosureResult), typeof(DisclosureSummary), typeof(bool))]
    public sealed class TestVendorDisclosureCommand : TableReadingCommand
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string InputObjectSet = "InputObject";

        private DisclosureRun run = null!;
        private DisclosureSummaryBuilder? summary;
        private bool allSatisfied = true;

        /// <summary>Filled questionnaires (CSV); wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Filled questionnaires, taken literally (no wildcard characters are interpreted).</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [Alias("PSPath", "LP")]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>Answer rows: Import-Csv rows, New-VendorQuestionnaire rows filled in a script, any objects with ServiceName, ItemId and Answer; files from Get-ChildItem are read; Import-Caiq answers are judged through the CCM crosswalk.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = InputObjectSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>The organisation's services (Import-CloudInventory objects, or rows with ServiceName and ServiceModel): each service's model, vendor and contract overrides come from here.</summary>
        [Parameter]
        public PSObject[]? Inventory { get; set; }

        /// <summary>A CSV of contract overrides: ServiceName, Layer, Owner, Clause. It wins over the inventory's ContractOverrides column.</summary>
        [Parameter]
        public string? OverridePath { get; set; }

        /// <summary>The date the answers are judged at: a ValidUntil before it has expired. Today by default.</summary>
        [Parameter]
        public DateTime? AsOf { get; set; }

        /// <summary>Writes one row per service instead: the count of each outcome and the coverage per area.</summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <summary>Writes only $true, when every result is a Pass or NotApplicable and nothing was in error, or $false.</summary>
        [Parameter]
        public SwitchParameter Quiet { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (Summary && Quiet) ThrowTerminatingError(ErrorRecords.IncompatibleParameters(OutputLanguage, nameof(Summary), nameof(Quiet)));
            var services = QuestionnaireInputs.Services(this, OutputLanguage, Inventory);
            var overrides = QuestionnaireInputs.Overrides(this, OutputLanguage, OverridePath);
            run = new DisclosureRun(this, CatalogCommand.Load(this, OutputLanguage), ReaderOptions, AsOf ?? DateTime.Today, services, overrides);
            if (Summary) summary = new DisclosureSummaryBuilder();
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputObjectSet)
            {
                if (InputObject is not null) run.ReadObject(InputObject, Emit);
                return;
            }
            var literal = ParameterSetName == LiteralPathSet;
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, literal ? LiteralPath : Path, literal)) run.ReadFile(file, Emit);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            // Files piped in answer for themselves; objects that were all blank, or none at all, would otherwise pass for nothing to check.
            if (ParameterSetName == InputObjectSet && run.PipedAnswers == 0 && run.FilesPiped == 0 && !run.HadErrors)
                WriteError(ErrorRecords.QuestionnaireEmpty(OutputLanguage, null));
            run.Complete(Emit);
            if (summary is not null)
                foreach (var row in summary.Build()) WriteObject(row);
            if (Quiet) WriteObject(allSatisfied && run.Results > 0 && !run.HadErrors);
        }

        private void Emit(DisclosureResult result)
        {
            if (Quiet) allSatisfied &= DisclosureJudge.IsSatisfied(result);
            else if (summary is not null) summary.Add(result);
            else WriteObject(result);
        }
    }
}
