using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.PowerShell.Pipeline;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Gets the legal and jurisdiction points of cloud use (CSO §5, with what has changed since) —
    /// or, for services piped in from an inventory, the points each one triggers and why.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "LegalConsideration", DefaultParameterSetName = ByIdSet)]
    [OutputType(typeof(LegalConsideration), ParameterSetName = new[] { ByIdSet })]
    [OutputType(typeof(ServiceLegalFinding), ParameterSetName = new[] { ServiceSet })]
    public sealed class GetLegalConsiderationCommand : CatalogCommand
    {
        private const string ByIdSet = "ById";
        private const string ServiceSet = "Service";

        private ServiceInput? services;
        private LegalEvaluator? evaluator;

        /// <summary>IDs to get; wildcards allowed. All points when omitted.</summary>
        [Parameter(Position = 0, ParameterSetName = ByIdSet)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.CatalogIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Only points whose trigger reads this service attribute (DataLocation, VendorCountry, ExportControlled …).</summary>
        [Parameter(ParameterSetName = ByIdSet)]
        public TriggerAttribute[]? Attribute { get; set; }

        /// <summary>
        /// Services to evaluate: objects from Import-CloudInventory, or any objects with ServiceName and
        /// ServiceModel properties (Import-Csv rows, with English or Japanese headers).
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ServiceSet)]
        public PSObject? InputObject { get; set; }

        /// <summary>
        /// The customer's home country: data elsewhere is "abroad". JP by default. Named as a
        /// DataLocation cell names a country (JP, JPN, Japan, 日本 …); one country, not EU.
        /// </summary>
        [Parameter(ParameterSetName = ServiceSet)]
        [ArgumentCompleter(typeof(CountryCompleter))]
        public string HomeCountry { get; set; } = LegalEvaluator.DefaultHomeCountry;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (ParameterSetName != ServiceSet) return;
            if (!CountryParser.TryParseHomeCountry(HomeCountry, out var home, out var isUnion))
                ThrowTerminatingError(ErrorRecords.InvalidHomeCountry(OutputLanguage, HomeCountry, isUnion));
            evaluator = new LegalEvaluator(Catalog, home);
            services = new ServiceInput(this, OutputLanguage);
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == ServiceSet)
            {
                var service = services!.Read(InputObject);
                if (service is null) return;
                foreach (var finding in evaluator!.Evaluate(service)) WriteObject(finding);
                return;
            }
            var filter = new IdFilter(Id);
            foreach (var point in Catalog.LegalConsiderations)
            {
                if (!filter.Matches(point)) continue;
                if (Attribute is null || Reads(point, Attribute)) WriteObject(point);
            }
            foreach (var id in filter.Unmatched)
                WriteError(ErrorRecords.UnknownId(OutputLanguage, MessageKey.KindLegalConsideration, id, MyInvocation.MyCommand.Name));
        }

        private static bool Reads(LegalConsideration point, IEnumerable<TriggerAttribute> attributes)
        {
            foreach (var attribute in attributes)
                if (point.TriggerAttributes.Contains(attribute.ToString())) return true;
            return false;
        }
    }
}
