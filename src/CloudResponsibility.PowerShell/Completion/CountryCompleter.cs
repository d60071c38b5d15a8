using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.PowerShell.Completion
{
    /// <summary>
    /// Tab completion for <c>-HomeCountry</c>: the codes of the countries the parser knows by name,
    /// matched by their code or any of their names (<c>Jap</c> and <c>日</c> complete to JP), with
    /// the names as the tooltip. EU is left out: a home country is one country.
    /// </summary>
    public sealed class CountryCompleter : IArgumentCompleter
    {
        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"').Trim();
            return CountryParser.NamedCountries
                .Where(country => CountryParser.TryParseHomeCountry(country.Code, out _, out _))
                .Where(country => Starts(country.Code, word) || country.Names.Any(name => Starts(name, word)))
                .Select(country => new CompletionResult(country.Code, country.Code + " " + country.Names.First(IsName), CompletionResultType.ParameterValue, country.Code + ": " + string.Join(", ", country.Names)));
        }

        private static bool Starts(string text, string word) => text.StartsWith(word, StringComparison.OrdinalIgnoreCase);

        // The first name that is not an alpha-3 code (JPN), for the list.
        private static bool IsName(string name) => !(name.Length == 3 && name.All(c => c >= 'A' && c <= 'Z'));
    }
}
