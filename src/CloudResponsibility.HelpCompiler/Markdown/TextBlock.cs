namespace CloudResponsibility.HelpCompiler.Markdown
{
    /// <summary>A paragraph, a list item, or a fenced code block (<see cref="Language"/> is set) of a Markdown section.</summary>
    public sealed class TextBlock
    {
        /// <summary>Creates a block.</summary>
        public TextBlock(string text, int line, string? language = null)
        {
            Text = text;
            Line = line;
            Language = language;
        }

        /// <summary>The text: lines of a paragraph joined by spaces; a code block's lines kept.</summary>
        public string Text { get; }

        /// <summary>Its first line in the file.</summary>
        public int Line { get; }

        /// <summary>The info string of a fenced code block (<c>powershell</c>, <c>output</c>, empty); null for prose.</summary>
        public string? Language { get; }

        /// <summary>Whether it is a fenced code block.</summary>
        public bool IsCode => Language is not null;

        /// <summary>Whether it is PowerShell code: a fence marked <c>powershell</c>, <c>ps</c>, <c>pwsh</c>, <c>ps1</c> or unmarked.</summary>
        public bool IsPowerShell => Language is "" or "powershell" or "ps" or "pwsh" or "ps1" or "PowerShell";
    }
}
