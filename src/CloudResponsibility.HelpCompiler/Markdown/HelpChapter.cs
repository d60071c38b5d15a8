using System.Collections.Generic;

namespace CloudResponsibility.HelpCompiler.Markdown
{
    /// <summary>A <c>## SECTION</c> of a help file: its own blocks and its <c>###</c> subsections.</summary>
    public sealed class HelpChapter
    {
        /// <summary>Creates a chapter.</summary>
        public HelpChapter(HelpSection body, IReadOnlyList<HelpSection> subsections)
        {
            Body = body;
            Subsections = subsections;
        }

        /// <summary>The <c>##</c> heading and the blocks before the first <c>###</c>.</summary>
        public HelpSection Body { get; }

        /// <summary>The <c>###</c> subsections, in file order.</summary>
        public IReadOnlyList<HelpSection> Subsections { get; }

        /// <summary>The heading, e.g. <c>PARAMETERS</c>.</summary>
        public string Title => Body.Title;
    }
}
