using System;
using System.Collections.Generic;
using System.Management.Automation;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Compares two sets of filled questionnaires — last year's and this year's, or before and after
    /// an upgrade — line by line per service: one row per line whose answer, evidence, certification
    /// or validity changed, with the kind of change and both values. Both sides are judged at the
    /// same date. Unchanged lines are left out unless -IncludeEqual.
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
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, ReferencePath, literal: false)) before.ReadFile(file, reference.Add);
            before.Complete(reference.Add);

            var comparer = new DisclosureComparer(reference, IncludeEqual);
            var after = new DisclosureRun(this, catalog, ReaderOptions, asOf, services, null);
            void Compare(DisclosureResult result)
            {
                if (comparer.Add(result) is { } change) WriteObject(change);
            }
            foreach (var file in ProviderPaths.Resolve(this, OutputLanguage, DifferencePath, literal: false)) after.ReadFile(file, Compare);
            after.Complete(Compare);
            foreach (var change in comparer.Remaining()) WriteObject(change);
        }
    }
}
