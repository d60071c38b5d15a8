using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Text
{
    /// <summary>
    /// Several messages about one thing, as one text: a closing sentence they all end with (each of
    /// a header's errors ends "Nothing more is read from this file.") is said once, at the end,
    /// rather than after each. Sentences end with ". " or "。"; messages are joined as <see cref="Sentences"/> joins them.
    /// </summary>
    internal static class JoinedMessages
    {
        public static string Join(IEnumerable<string> messages)
        {
            var all = messages.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
            if (all.Count < 2) return Sentences.Join(all);
            var shared = SharedLastSentences(all);
            if (shared.Length == 0) return Sentences.Join(all);
            return Sentences.Join(all.Select(m => m.Substring(0, m.Length - shared.Length)).Concat(new[] { shared }));
        }

        /// <summary>The longest run of whole closing sentences every message ends with, short of any whole message; empty when none.</summary>
        private static string SharedLastSentences(List<string> all)
        {
            var first = all[0];
            for (var start = 1; start < first.Length; start++)
            {
                if (!StartsSentence(first, start)) continue;
                var tail = first.Substring(start);
                if (all.All(m => m.Length > tail.Length && m.EndsWith(tail, StringComparison.Ordinal) && StartsSentence(m, m.Length - tail.Length))) return tail;
            }
            return string.Empty;
        }

        private static bool StartsSentence(string text, int index) =>
            text[index - 1] == '。' || (index >= 2 && text[index - 1] == ' ' && text[index - 2] == '.');
    }
}
