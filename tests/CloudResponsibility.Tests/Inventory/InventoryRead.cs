using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>Everything one read of an inventory gave: the results in order and the reader's counts at the end.</summary>
    internal sealed class InventoryRead
    {
        private InventoryRead(InventoryReader reader)
        {
            Results = reader.ReadAll().ToList();
            DataRows = reader.DataRows;
            Services = reader.Services;
            RowsWithErrors = reader.RowsWithErrors;
            SkippedEmptyRows = reader.SkippedEmptyRows;
            Warnings = reader.Warnings;
            Encoding = reader.Encoding;
            Headers = reader.Headers;
        }

        public List<InventoryReadResult> Results { get; }

        public long DataRows { get; }

        public long Services { get; }

        public long RowsWithErrors { get; }

        public long SkippedEmptyRows { get; }

        public long Warnings { get; }

        public Encoding? Encoding { get; }

        public IReadOnlyList<string> Headers { get; }

        public List<CloudService> ServiceList => Results.Where(r => r.Kind == InventoryReadResultKind.Service).Select(r => r.Service!).ToList();

        public List<InventoryError> Errors => Results.Where(r => r.Kind == InventoryReadResultKind.Error).Select(r => r.Error!).ToList();

        /// <summary>The results as "kind row id" lines, such as "Error 3 UnknownServiceModel", for comparing whole sequences.</summary>
        public List<string> Outline => Results.Select(r => r.Kind switch
        {
            InventoryReadResultKind.Service => $"Service {r.Row} {r.Service!.ServiceName}",
            InventoryReadResultKind.Error => $"Error {r.Row} {r.Error!.ErrorId}",
            _ => $"Warning {r.Row} {r.Warning!.WarningId} {r.Warning.EarlierRow}",
        }).ToList();

        /// <summary>The path of a fixture of Fixtures/Inventory.</summary>
        public static string FixturePath(string name) => RepositoryPaths.Fixture("Inventory", name);

        public static InventoryRead Fixture(string name, InventoryReaderOptions? options = null)
        {
            using var reader = InventoryReader.Open(FixturePath(name), options);
            return new InventoryRead(reader);
        }

        public static InventoryRead Text(string text, InventoryReaderOptions? options = null, Encoding? encoding = null, string name = "test.csv")
        {
            var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
            return Bytes(bytes, options, name);
        }

        public static InventoryRead Bytes(byte[] bytes, InventoryReaderOptions? options = null, string name = "test.csv")
        {
            using var reader = InventoryReader.Open(new MemoryStream(bytes), name, options);
            return new InventoryRead(reader);
        }
    }
}
