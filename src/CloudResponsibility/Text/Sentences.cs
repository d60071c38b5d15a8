using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Text
{
    /// <summary>
    /// Sentences put one after another as their language writes them: English leaves a space after a
    /// sentence, Japanese runs on after 。 or a closing bracket. A message made of parts (an error and
    /// its hint, a cell's place) reads as one text in either language.
    /// </summary>
    internal static class Sentences
    {
        private const string RunsOnAfter = "。、）」』】！？：";

        public static string Join(string first, string second)
        {
            if (first.Length == 0) return second;
            if (second.Length == 0) return first;
            return RunsOnAfter.IndexOf(first[first.Length - 1]) >= 0 ? first + second : first + " " + second;
        }

        public static string Join(IEnumerable<string> sentences) =>
            sentences.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Aggregate(string.Empty, Join);
    }
}
