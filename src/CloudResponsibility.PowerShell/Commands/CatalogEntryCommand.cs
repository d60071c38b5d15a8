using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// The shape every catalog reader shares: <c>-Id</c> with wildcards and tab completion, or catalog
    /// objects and IDs from the pipeline, whose links are followed to entries of this kind
    /// (<c>Get-CloudThreat TH-02 | Get-ProviderControl</c>). An ID may name a part of an entry (a
    /// check's sub-point CHK-TE-05.4, a disclosure item's sub-item DIS-05.2): it selects the entry,
    /// and an expanded entry (-ExpandSubPoint, -ExpandSubItem) is just the parts named. Each entry
    /// and part is written once per call.
    /// </summary>
    public abstract class CatalogEntryCommand<T> : CatalogCommand where T : CatalogEntry
    {
        /// <summary>Parameter set of <c>-Id</c>.</summary>
        protected const string ByIdSet = "ById";

        /// <summary>Parameter set of pipeline input.</summary>
        protected const string FromPipelineSet = "FromPipeline";

        private readonly HashSet<string> written = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>IDs to get; wildcards allowed. All entries when omitted.</summary>
        [Parameter(Position = 0, ParameterSetName = ByIdSet)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(CatalogIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>
        /// Catalog objects, or their IDs, whose linked entries of this kind to get — a threat's
        /// provider controls, a check's disclosure items — or entries of this kind themselves.
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = FromPipelineSet)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>The key of what the entries are called in messages (<see cref="MessageKey.KindThreat"/> …).</summary>
        internal abstract string KindKey { get; }

        /// <summary>Every entry of this kind, in catalog order.</summary>
        protected abstract IEnumerable<T> Entries { get; }

        /// <summary>Whether the entry passes the cmdlet's own filters (category, area, model …).</summary>
        protected virtual bool Include(T entry) => true;

        /// <summary>The parts of an entry that have IDs of their own (a check's sub-points, a disclosure item's sub-items), which IDs may name; none by default.</summary>
        protected virtual IReadOnlyList<CatalogEntry> Parts(T entry) => Array.Empty<CatalogEntry>();

        /// <summary>
        /// Turns an entry into what is written (e.g. narrowed to a service model, or expanded into
        /// sub-items). <paramref name="namedParts"/> are the parts the IDs named when they named the
        /// entry only through them; null when they named the entry itself.
        /// </summary>
        protected virtual IEnumerable<object> Shape(T entry, IReadOnlyList<CatalogEntry>? namedParts) => new object[] { entry };

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                var filter = new IdFilter(Id);
                foreach (var entry in Entries)
                {
                    var whole = filter.Matches(entry);
                    // The parts are matched even when the entry is, so that a part's ID named beside its entry's is not reported unknown.
                    var parts = filter.IsEmpty ? null : Parts(entry).Where(filter.Matches).ToList();
                    if ((whole || parts!.Count > 0) && Include(entry)) Emit(entry, whole ? null : parts);
                }
                foreach (var id in filter.Unmatched)
                    WriteError(ErrorRecords.UnknownId(OutputLanguage, KindKey, id, MyInvocation.MyCommand.Name));
                return;
            }
            foreach (var input in InputObject)
            {
                var id = InputId(input);
                var source = id is null ? null : CatalogLinks.Find(Catalog, id);
                if (source is null)
                {
                    WriteError(id is null ? ErrorRecords.UnsupportedInput(OutputLanguage, input) : ErrorRecords.UnknownId(OutputLanguage, id));
                    continue;
                }
                if (!(source is T) && Entries.FirstOrDefault(e => Parts(e).Any(p => p.Id == source.Id)) is { } owner)
                {
                    if (Include(owner)) Emit(owner, new[] { source });
                    continue;
                }
                foreach (var entry in CatalogLinks.Follow<T>(Catalog, source).Where(Include)) Emit(entry, null);
            }
        }

        private void Emit(T entry, IReadOnlyList<CatalogEntry>? namedParts)
        {
            foreach (var output in Shape(entry, namedParts))
                if (written.Add(output is CatalogEntry shaped ? shaped.Id : entry.Id)) WriteObject(output);
        }

        /// <summary>The ID an input stands for: a catalog object's ID, a string, or an <c>Id</c> property (a row of an exported report).</summary>
        private static string? InputId(PSObject input)
        {
            switch (input.BaseObject)
            {
                case CatalogEntry entry: return entry.Id;
                case string text: return text;
            }
            return input.Properties["Id"]?.Value?.ToString();
        }
    }
}
