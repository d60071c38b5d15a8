using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>The duplicate-name index stops growing at its cap, so memory stays bounded on any inventory.</summary>
    public sealed class ServiceNameIndexCapTests
    {
        [Fact]
        public void TryAdd_PastTheCap_KeepsFindingHeldNamesAndAddsNoMore()
        {
            var index = new ServiceNameIndex();
            for (var i = 0; i < ServiceNameIndex.MaxNames + 100; i++) index.TryAdd("Service " + i, i + 2, out _);
            Assert.True(index.IsFull);
            Assert.Equal(ServiceNameIndex.MaxNames, index.Count);
            Assert.False(index.TryAdd("Service 7", 99, out var earlier));
            Assert.Equal(9, earlier);
            Assert.True(index.TryAdd("Service " + (ServiceNameIndex.MaxNames + 50), 100, out _));
            Assert.True(index.TryAdd("Service " + (ServiceNameIndex.MaxNames + 50), 101, out _));
        }

        [Theory]
        [InlineData(0, null)]
        [InlineData(1, ServiceNameIndex.MaxNames + 2L)]
        [InlineData(3, ServiceNameIndex.MaxNames + 2L)]
        public void Reader_WarnsOnce_AtTheFirstNameTheCheckCannotHold(int beyondCap, long? warnedRow)
        {
            var csv = new StringBuilder("ServiceName,ServiceModel\n");
            for (var i = 0; i < ServiceNameIndex.MaxNames + beyondCap; i++) csv.Append("Service ").Append(i).Append(",SaaS\n");
            using var reader = InventoryReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), "inventory.csv");
            var warnings = reader.ReadAll().Where(r => r.Kind == InventoryReadResultKind.Warning).Select(r => r.Warning!).ToList();
            Assert.Equal(warnedRow, warnings.SingleOrDefault(w => w.WarningId == InventoryWarning.DuplicateCheckLimited)?.Row);
            Assert.Equal(ServiceNameIndex.MaxNames + beyondCap, reader.Services);
        }
    }
}
