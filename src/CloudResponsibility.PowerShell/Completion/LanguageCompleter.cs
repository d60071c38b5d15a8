using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace CloudResponsibility.PowerShell.Completion
{
    /// <summary>
    /// Tab completion for <c>-Language</c>: en and ja, as the ValidateSet it replaces offered them;
    /// and once the word goes past the two letters (<c>ja-</c>), the usual culture names, which the
    /// parameter takes too.
    /// </summary>
    public sealed class LanguageCompleter : IArgumentCompleter
    {
        private static readonly (string Tag, string Tooltip)[] Languages = { ("en", "English / 英語"), ("ja", "日本語 / Japanese") };

        private static readonly (string Tag, string Tooltip)[] Cultures =
        {
            ("en-GB", "English / 英語"), ("en-US", "English / 英語"), ("ja-JP", "日本語 / Japanese"),
        };

        /// <inheritdoc />
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var word = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var pattern = new WildcardPattern(word + "*", WildcardOptions.IgnoreCase);
            return (word.Length > 2 ? Cultures : Languages)
                .Where(l => pattern.IsMatch(l.Tag))
                .Select(l => new CompletionResult(l.Tag, l.Tag, CompletionResultType.ParameterValue, l.Tooltip));
        }
    }
}
