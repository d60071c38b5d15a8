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
    /// (in the UI language) as the tooltip.
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

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            if (!EntriesByCommand.TryGetValue(commandName, out var entries)) return Enumerable.Empty<CompletionResult>();
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? Language.Ja : Language.En;
            var pattern = new WildcardPattern((wordToComplete ?? string.Empty).Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
            return entries(CloudCatalog.Default.In(language))
                .Where(e => pattern.IsMatch(e.Id))
                .Select(e => new CompletionResult(e.Id, e.Id, CompletionResultType.ParameterValue, e.Id + " " + e.Name));
        }
    }
}
