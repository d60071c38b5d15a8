using System.Collections.Generic;
using System.IO;

namespace CloudResponsibility.Catalog
{
    /// <summary>The raw tables of a catalog, keyed by file name.</summary>
    public sealed class CatalogData
    {
        private const string ResourcePrefix = "CloudResponsibility.Catalog.Data.";

        /// <summary>Wraps a set of tables.</summary>
        public CatalogData(IReadOnlyDictionary<string, CatalogTable> tables)
        {
            Tables = tables;
        }

        /// <summary>The tables, keyed by file name.</summary>
        public IReadOnlyDictionary<string, CatalogTable> Tables { get; }

        /// <summary>A table by file name.</summary>
        public CatalogTable this[string fileName] => Tables[fileName];

        /// <summary>Reads the copy embedded in this assembly.</summary>
        public static CatalogData ReadEmbedded()
        {
            var assembly = typeof(CatalogData).Assembly;
            var tables = new Dictionary<string, CatalogTable>();
            foreach (var fileName in CatalogFiles.Headers.Keys)
            {
                using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
                    ?? throw new CatalogValidationException(new[] { $"{fileName}: the file is not embedded in {assembly.GetName().Name}." });
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                tables[fileName] = CatalogTable.Parse(fileName, buffer.ToArray());
            }
            return new CatalogData(tables);
        }

        /// <summary>Reads the files of a folder (for editing the data and for tests).</summary>
        public static CatalogData ReadDirectory(string directory)
        {
            var tables = new Dictionary<string, CatalogTable>();
            foreach (var fileName in CatalogFiles.Headers.Keys)
            {
                var path = Path.Combine(directory, fileName);
                if (File.Exists(path)) tables[fileName] = CatalogTable.Parse(fileName, File.ReadAllBytes(path));
            }
            return new CatalogData(tables);
        }
    }
}
