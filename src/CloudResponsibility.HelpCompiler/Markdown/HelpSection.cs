using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.HelpCompiler.Markdown
{
    /// <summary>A heading (<c>## …</c> or <c>### …</c>) and the blocks under it, before the next heading.</summary>
    public sealed class HelpSection
    {
        /// <summary>Creates a section.</summary>
        public HelpSection(string title, int line, IReadOnlyList<TextBlock> blocks)
        {
            Title = title;
            Line = line;
            Blocks = blocks;
        }

        /// <summary>The heading text, without the hashes.</summary>
        public string Title { get; }

        /// <summary>The heading's line.</summary>
        public int Line { get; }

        /// <summary>The content.</summary>
        public IReadOnlyList<TextBlock> Blocks { get; }

        /// <summary>The prose blocks (no code).</summary>
        public IEnumerable<TextBlock> Prose => Blocks.Where(b => !b.IsCode);

        /// <summary>Whether it has no content.</summary>
        public bool IsEmpty => Blocks.Count == 0;
    }
}
