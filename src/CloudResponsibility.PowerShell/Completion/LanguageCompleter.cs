using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CloudResponsibility.PowerShell.Completion
{
    /// <summary>Tab completion for <c>-Language</c>: ja and en first, as the ValidateSet it replaces offered them, then their usual culture names.</summary>
    public sealed class LanguageCompleter : IArgumentCompleter
    {
        private static readonly (string Tag, string Tooltip)[] Languages =
        {
            ("ja", "日本語 / Japanese"), ("en", "English / 英語"), ("ja-JP", "日本語 / Japanese"), ("en-US", "English / 英語"), ("en-GB", "English / 英語"),
        };

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var pattern = new WildcardPattern((wordToComplete ?? string.Empty).Trim('\'', '"') + "*", WildcardOptions.IgnoreCase);
            return Languages.Where(l => pattern.IsMatch(l.Tag)).Select(l => new CompletionResult(l.Tag, l.Tag, CompletionResultType.ParameterValue, l.Tooltip));
        }
    }
}
