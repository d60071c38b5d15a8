using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Tests.Inventory;
using CsCheck;
using Xunit;

namespace CloudResponsibility.Tests.Fuzz
{
    /// <summary>
    /// The inventory reader over generated files (<see cref="CsvFileGen"/>): nothing throws; every
    /// row with something in it is a service or an error; a file whose quotes are all closed gives
    /// exactly its services, in order, and never a line of a cell as a row. Cases:
    /// <see cref="FuzzCases"/>.
    /// </summary>
    public sealed class InventoryReaderFuzzTests
    {
        private static readonly InventoryReaderOptions Options = InventoryReaderOptions.Default with { MaxRecordBytes = CsvFileGen.RecordLimit };

        [Fact]
        public void Read_GeneratedFiles_EveryRowIsAServiceOrAnErrorAndNoCellBecomesARow()
        {
            CsvFileGen.Files.Sample(file =>
            {
                var read = InventoryRead.Bytes(file.Bytes, Options);
                Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
                var rows = read.Results.Select(r => r.Row ?? 0).ToList();
                Assert.Equal(rows.OrderBy(r => r), rows);
                if (!file.Balanced) return;
                Assert.Equal(file.NonEmptyRows, read.DataRows);
                Assert.Equal(file.Services, read.ServiceList.Select(s => s.ServiceName));
                Assert.DoesNotContain(read.ServiceList, s => s.ServiceName.StartsWith(CsvFileGen.Smuggled, System.StringComparison.Ordinal));
            }, iter: FuzzCases.Count(400));
        }

        [Fact]
        public void Read_GeneratedBytes_NeverThrowsAndKeepsTheCount()
        {
            CsvFileGen.Garbage.Sample(bytes =>
            {
                var read = InventoryRead.Bytes(bytes, Options);
                Assert.Equal(read.DataRows, read.Services + read.RowsWithErrors);
            }, iter: FuzzCases.Count(400));
        }
    }
}
