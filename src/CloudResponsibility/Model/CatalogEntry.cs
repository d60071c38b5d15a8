using CloudResponsibility.Output;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// What every catalog object has: a stable ID (the public contract: users keep it in spreadsheets
    /// and scripts), a name and description in the language asked for, and the source it comes from.
    /// </summary>
    public abstract class CatalogEntry
    {
        /// <summary>Creates an entry.</summary>
        protected CatalogEntry(string id, Language language, string name, string description, string source)
        {
            Id = id;
            Language = language;
            Name = name;
            Description = description;
            Source = source;
        }

        /// <summary>The stable ID; never changes with the language.</summary>
        [ReportColumn]
        public string Id { get; }

        /// <summary>The name, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Name { get; }

        /// <summary>The description, in <see cref="Language"/>.</summary>
        [ReportColumn]
        public string Description { get; }

        /// <summary>
        /// Where it comes from, e.g. <c>MIC-GL3 I.6.2</c> or <c>CSO §4.1</c>. A trailing <c>; added</c>
        /// marks content the cited sources do not contain (an update, a clarification); <c>added</c>
        /// alone marks an entry that is the project's own.
        /// </summary>
        [ReportColumn]
        public string Source { get; }

        /// <summary>The language of the text properties.</summary>
        [ReportColumn]
        public Language Language { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
