using System;
using System.Linq;
using CloudResponsibility.Model;

namespace CloudResponsibility.Catalog
{
    /// <summary>
    /// The catalog: the embedded data files, validated once on first use and built into one typed
    /// view per language. Immutable; shared by every cmdlet call in the process.
    /// </summary>
    public sealed class CloudCatalog
    {
        private static readonly Lazy<CloudCatalog> Embedded = new Lazy<CloudCatalog>(() => Load(CatalogData.ReadEmbedded()));

        private readonly CatalogView english;
        private readonly CatalogView japanese;

        private CloudCatalog(string version, CatalogView english, CatalogView japanese)
        {
            Version = version;
            this.english = english;
            this.japanese = japanese;
        }

        /// <summary>The catalog shipped in this assembly.</summary>
        public static CloudCatalog Default => Embedded.Value;

        /// <summary>The version of the catalog's data.</summary>
        public string Version { get; }

        /// <summary>The catalog in a language.</summary>
        public CatalogView In(Language language) => language == Language.Ja ? japanese : english;

        /// <summary>Validates and builds a catalog from data; throws <see cref="CatalogValidationException"/> listing every problem.</summary>
        public static CloudCatalog Load(CatalogData data)
        {
            var problems = CatalogValidator.Validate(data);
            if (problems.Count > 0) throw new CatalogValidationException(problems);
            var version = data[CatalogFiles.Info].Records.First(r => r["Key"] == "Version")["Value"];
            return new CloudCatalog(version, new CatalogBuilder(data, Language.En).Build(), new CatalogBuilder(data, Language.Ja).Build());
        }
    }
}
