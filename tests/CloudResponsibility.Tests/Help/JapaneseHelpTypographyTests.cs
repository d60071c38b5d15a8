using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// The Japanese help is written as Japanese is: full-width colons and parentheses in its prose
    /// (the resource messages are held to the same rule). Code, which the reader copies, keeps its
    /// ASCII.
    /// </summary>
    public sealed class JapaneseHelpTypographyTests
    {
        private const string Japanese = @"[\u3040-\u30ff\u3400-\u9fff]";

        private static readonly Regex HalfWidthColon = new Regex(Japanese + " ?: |" + Japanese + ":$|: " + Japanese);
        private static readonly Regex HalfWidthParentheses = new Regex(@"\([^()`]*" + Japanese + @"[^()`]*\)");

        public static IEnumerable<object[]> Files() =>
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "CloudResponsibility.PowerShell", "Help", "ja-JP"))
                .Select(f => new object[] { Path.GetFileName(f) });

        [Theory]
        [MemberData(nameof(Files))]
        public void JapaneseHelp_Prose_UsesFullWidthColonsAndParentheses(string file)
        {
            var path = Path.Combine(RepositoryPaths.Root, "src", "CloudResponsibility.PowerShell", "Help", "ja-JP", file);
            foreach (var (number, line) in Prose(path))
            {
                Assert.False(HalfWidthColon.IsMatch(line), $"{file}:{number} has a half-width colon: {line}");
                Assert.False(HalfWidthParentheses.IsMatch(line), $"{file}:{number} has half-width parentheses around Japanese: {line}");
            }
        }

        /// <summary>The lines a reader reads as text: not inside a fenced block, and in the about topic not an indented example.</summary>
        private static IEnumerable<(int Number, string Line)> Prose(string path)
        {
            var fenced = false;
            var about = path.EndsWith(".help.txt");
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```")) { fenced = !fenced; continue; }
                if (fenced || (about && lines[i].StartsWith("        "))) continue;
                yield return (i + 1, lines[i]);
            }
        }
    }
}
