using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Compares two sets of filled questionnaires — last year's and this year's, or before and after
    /// an upgrade — line by line per service: one row per line whose answer, evidence, certification
    /// or validity changed, with the kind of change and both values. Both sides are judged at the
    /// same date. Unchanged lines are left out unless -IncludeEqual. A side that gives no answer at
    /// all (its files missing, unreadable or empty) stops the comparison rather than report every
    /// line of the other side Added or Removed; a side read only in part leaves out the services it
    /// lacks, with a warning that names them.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "VendorDisclosure")]
    [OutputType(typeof(DisclosureChange))]
    public sealed class CompareVendorDisclosureCommand : TableReadingCommand
    {
        private CatalogView catalog = null!;
        private List<CloudService>? services;

        /// <summary>The older questionnaires (last year's, or before an upgrade); wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [SupportsWildcards]
        public string[] ReferencePath { get; set; } = Array.Empty<string>();

        /// <summary>The newer questionnaires; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [SupportsWildcards]
        public string[] DifferencePath { get; set; } = Array.Empty<string>();

        /// <summary>Writes the lines that did not change too, as Equal.</summary>
        [Parameter]
        public SwitchParameter IncludeEqual { get; set; }

        /// <summary>The date both sides are judged at; today by default.</summary>
        [Parameter]
        public DateTime? AsOf { get; set; }

        /// <summary>The organisation's services, for questionnaires that do not name each service's model.</summary>
        [Parameter]
        public PSObject[]? Inventory { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            catalog = CatalogCommand.Load(this, OutputLanguage);
            services = QuestionnaireInputs.Services(this, OutputLanguage, Inventory);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            var asOf = AsOf ?? DateTime.Today;
            var reference = new List<DisclosureResult>();
            var before = new DisclosureRun(this, catalog, ReaderOptions, asOf, services, null);
            var referenceComplete = ReadSide(before, ReferencePath, reference.Add);
            before.Complete(reference.Add);
            if (before.Evaluator.ResultsFromRows == 0)
                ThrowTerminatingError(ErrorRecords.NothingToCompare(OutputLanguage, nameof(ReferencePath), ReferencePath, nameof(DisclosureChangeKind.Added)));

            var comparer = new DisclosureComparer(reference, IncludeEqual, referenceComplete);
            var after = new DisclosureRun(this, catalog, ReaderOptions, asOf, services, null);
            void Compare(DisclosureResult result)
            {
                if (comparer.Add(result) is { } change) WriteObject(change);
            }
            var differenceComplete = ReadSide(after, DifferencePath, Compare);
            // Without an answer, no line of the difference was compared: nothing has been written yet.
            if (after.Evaluator.ResultsFromRows == 0)
                ThrowTerminatingError(ErrorRecords.NothingToCompare(OutputLanguage, nameof(DifferencePath), DifferencePath, nameof(DisclosureChangeKind.Removed)));
            after.Complete(Compare);
            var lackedByReference = comparer.NotCompared.Count;
            foreach (var change in comparer.Remaining(differenceComplete)) WriteObject(change);
            WarnNotCompared(comparer.NotCompared.Take(lackedByReference), nameof(ReferencePath), DisclosureChangeKind.Added);
            WarnNotCompared(comparer.NotCompared.Skip(lackedByReference), nameof(DifferencePath), DisclosureChangeKind.Removed);
        }

        /// <summary>
        /// Reads one side's files; whether every path named a file that gave answers. A file without
        /// answers has its error record already (QuestionnaireEmpty, for one empty or with a header alone).
        /// </summary>
        private bool ReadSide(DisclosureRun run, string[] paths, Action<DisclosureResult> emit)
        {
            var complete = true;
            void Unresolved(ErrorRecord record)
            {
                complete = false;
                WriteError(record);
            }
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, paths, literal: false, Unresolved))
            {
                var (answers, _) = run.ReadFile(file, emit);
                if (answers == 0) complete = false;
            }
            return complete;
        }

        private void WarnNotCompared(IEnumerable<string> serviceNames, string side, DisclosureChangeKind otherwise)
        {
            var names = string.Join(", ", serviceNames);
            if (names.Length > 0) WriteWarning(Text(MessageKey.CompareServicesNotCompared, names, side, otherwise));
        }
    }
}
