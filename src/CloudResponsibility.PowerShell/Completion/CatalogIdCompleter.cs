using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Completion
{
    /// <summary>
    /// Tab completion for <c>-Id</c>: the IDs of the kind the command reads, with the entry's name
    /// (in the UI language) as the tooltip; and, once the word goes past an entry's whole ID
    /// (<c>CHK-TE-05.</c>), the IDs of its parts (CHK-TE-05.1 …), which -Id takes too.
    /// </summary>
    public sealed class CatalogIdCompleter : IArgumentCompleter
    {
        private static readonly Dictionary<string, Func<CatalogView, IEnumerable<CatalogEntry>>> EntriesByCommand =
            new Dictionary<string, Func<CatalogView, IEnumerable<CatalogEntry>>>(StringComparer.OrdinalIgnoreCase)
            {
                ["Get-CloudThreat"] = c => c.Threats,
                ["Get-ProviderControl"] = c => c.ProviderControls,
                ["Get-VendorCheckItem"] = c => c.CheckItems,
                ["Get-DisclosureItem"] = c => c.DisclosureItems,
                ["Get-LegalConsideration"] = c => c.LegalConsiderations,
                ["Get-ResponsibilityNote"] = c => c.Notes,
                ["Get-CloudServiceModel"] = c => c.ServiceModels,
                ["Get-CloudDeploymentModel"] = c => c.DeploymentModels,
            };

        private static readonly Dictionary<string, Func<CatalogEntry, IEnumerable<CatalogEntry>>> PartsByCommand =
            new Dictionary<string, Func<CatalogEntry, IEnumerable<CatalogEntry>>>(StringComparer.OrdinalIgnoreCase)
            {
                ["Get-VendorCheckItem"] = e => ((VendorCheckItem)e).SubPoints,
                ["Get-DisclosureItem"] = e => ((DisclosureItem)e).SubItems,
            };

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (!EntriesByCommand.TryGetValue(commandName, out var entries)) return Enumerable.Empty<CompletionResult>();
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? Language.Ja : Language.En;
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var pattern = new WildcardPattern(word + "*", WildcardOptions.IgnoreCase);
            PartsByCommand.TryGetValue(commandName, out var parts);
            return entries(CloudCatalog.Default.In(language))
                .SelectMany(e => new[] { e }.Concat(parts is not null && word.Length > e.Id.Length ? parts(e) : Enumerable.Empty<CatalogEntry>()))
                .Where(e => pattern.IsMatch(e.Id))
                .Select(e => new CompletionResult(e.Id, e.Id, CompletionResultType.ParameterValue, e.Id + " " + e.Name));
        }
    }
}
