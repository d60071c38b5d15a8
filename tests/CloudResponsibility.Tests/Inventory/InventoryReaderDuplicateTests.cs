using System.Collections.Generic;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>Repeated service names across many rows: the reader checks names in batches, which must not show in the results.</summary>
    public sealed class InventoryReaderDuplicateTests
    {
        [Fact]
        public void Read_RepeatsAndErrorsAcrossManyBatches_EachWarningComesJustBeforeItsService()
        {
            var text = new StringBuilder("ServiceName,ServiceModel\n");
            var expected = new List<string>();
            var firstRow = new Dictionary<string, long>();
            for (var i = 0; i < 1000; i++)
            {
                var row = i + 2L;
                if (i % 7 == 3)
                {
                    text.Append("Bad").Append(i).Append(",SaaX\n");
                    expected.Add($"Error {row} UnknownServiceModel");
                    continue;
                }
                var name = i % 10 == 9 ? "S" + (i / 3) : "S" + i; // every tenth row repeats a name from a third of the way back
                text.Append(name).Append(",SaaS\n");
                if (firstRow.TryGetValue(name, out var earlier)) expected.Add($"Warning {row} DuplicateServiceName {earlier}");
                else firstRow[name] = row;
                expected.Add($"Service {row} {name}");
            }
            var read = InventoryRead.Text(text.ToString());
            Assert.Equal(expected, read.Outline);
            Assert.Equal(expected.Count(e => e.StartsWith("Warning")), read.Warnings);
        }

        [Fact]
        public void Read_SameNameTwiceInOneBatch_WarnsOnTheSecond()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel\nA,SaaS\na,PaaS\n");
            Assert.Equal(new[] { "Service 2 A", "Warning 3 DuplicateServiceName 2", "Service 3 a" }, read.Outline);
        }

        [Fact]
        public void Read_NameOfARowWithErrors_IsNotRemembered()
        {
            // Only services take part: a row that yields none has no name to repeat.
            var read = InventoryRead.Text("ServiceName,ServiceModel\nA,SaaX\nA,SaaS\n");
            Assert.Equal(new[] { "Error 2 UnknownServiceModel", "Service 3 A" }, read.Outline);
        }
    }
}
