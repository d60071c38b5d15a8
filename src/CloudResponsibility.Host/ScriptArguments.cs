using System;
using System.Collections.Generic;
using System.Management.Automation.Runspaces;

namespace CloudResponsibility.Host
{
    /// <summary>
    /// Turns the words after -File into the script's arguments the way pwsh -File does, so that a script behaves
    /// the same under both hosts.
    /// </summary>
    public static class ScriptArguments
    {
        public static IReadOnlyList<CommandParameter> ToParameters(IReadOnlyList<string> words)
        {
            ArgumentNullException.ThrowIfNull(words);
            var parameters = new List<CommandParameter>(words.Count);
            string? pendingName = null;
            foreach (string word in words)
            {
                if (pendingName is not null)
                {
                    // "-Name: value" (a colon, then the value as the next word).
                    parameters.Add(new CommandParameter(pendingName, word));
                    pendingName = null;
                }
                else if (word.Length > 1 && word[0] == '-')
                {
                    int colon = word.IndexOf(':', StringComparison.Ordinal);
                    if (colon < 0)
                    {
                        // The name keeps its dash: the engine then binds it as "-Name value" or as a switch, as typed
                        // in a script, and passes it through to $args when the script has no such parameter.
                        parameters.Add(new CommandParameter(word));
                    }
                    else if (colon == word.Length - 1)
                    {
                        pendingName = word[..colon];
                    }
                    else
                    {
                        parameters.Add(new CommandParameter(word[..colon], ValueAfterColon(word[(colon + 1)..])));
                    }
                }
                else
                {
                    parameters.Add(new CommandParameter(null, word));
                }
            }

            if (pendingName is not null)
            {
                parameters.Add(new CommandParameter(pendingName));
            }

            return parameters;
        }

        // A shell cannot pass a boolean, so "-Switch:$false" arrives as text; pwsh reads these four spellings as one.
        private static object ValueAfterColon(string text) =>
            bool.TryParse(text.StartsWith('$') ? text[1..] : text, out bool value) ? value : text;
    }
}
