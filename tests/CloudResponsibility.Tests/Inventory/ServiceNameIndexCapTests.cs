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
    }
}
