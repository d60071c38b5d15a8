using System;
using System.Text.RegularExpressions;

namespace CloudResponsibility.HelpCompiler.Maml
{
    /// <summary>
    /// An entry of RELATED LINKS: <c>[Get-ProviderControl](Get-ProviderControl.md)</c> becomes the
    /// link text alone (Get-Help resolves names); an http(s) target is kept as the link's URI, which
    /// <c>Get-Help -Online</c> opens.
    /// </summary>
    public sealed class RelatedLink
    {
        private static readonly Regex MarkdownLink = new Regex(@"^\s*(?:[-*+]\s+)?\[(?<text>[^\]]+)\]\((?<target>[^)\s]*)\)\s*$", RegexOptions.CultureInvariant);

        private RelatedLink(string text, string uri)
        {
            Text = text;
            Uri = uri;
        }

        /// <summary>The link text: a command or topic name, or a title.</summary>
        public string Text { get; }

        /// <summary>An absolute http(s) address, or empty.</summary>
        public string Uri { get; }

        /// <summary>Reads one list item or line of RELATED LINKS.</summary>
        public static RelatedLink Parse(string line)
        {
            var match = MarkdownLink.Match(line);
            if (!match.Success) return new RelatedLink(line.Trim().TrimStart('-', '*', '+').Trim(), string.Empty);
            var target = match.Groups["target"].Value;
            var absolute = target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
            return new RelatedLink(match.Groups["text"].Value.Trim(), absolute ? target : string.Empty);
        }
    }
}
