using System;

namespace CloudResponsibility.Model
{
    /// <summary>
    /// A certification, attestation report or registration an auditor asks a vendor for (CSO §3
    /// names ISMS, SAS 70 and WebTrust; the catalog adds today's: ISO/IEC 27017, SOC 1 and SOC 2,
    /// ISMAP …), with the spellings a vendor writes it in. Immutable.
    /// </summary>
    public sealed class Certification
    {
        /// <summary>Creates a certification.</summary>
        public Certification(string id, Language language, string name, ValueList<string> variants, string source)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Language = language;
            Name = name;
            Variants = variants;
            Source = source;
        }

        /// <summary>The stable ID, such as <c>ISO27001</c> or <c>ISMAP-LIU</c>: what a questionnaire result lists when a vendor names it.</summary>
        public string Id { get; }

        /// <summary>The name, in <see cref="Language"/>.</summary>
        public string Name { get; }

        /// <summary>The spellings that name it (<c>ISMS</c>, <c>ISO/IEC 27001</c>, <c>JIS Q 27001</c> …), English and Japanese.</summary>
        public ValueList<string> Variants { get; }

        /// <summary>Where it comes from: <c>CSO §3</c> for those the source names, <c>added</c> for today's.</summary>
        public string Source { get; }

        /// <summary>The language of <see cref="Name"/>.</summary>
        public Language Language { get; }

        /// <inheritdoc />
        public override string ToString() => Id;
    }
}
