using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class ServiceNameIndexTests
    {
        [Theory]
        [InlineData("Box", "box")]
        [InlineData("Box", " BOX ")]
        [InlineData("Box", "Ｂｏｘ")]
        [InlineData("Box", "\u3000ｂｏｘ")]
        [InlineData("経費精算", "経費精算 ")]
        [InlineData("テスト", "ﾃｽﾄ")]
        [InlineData("Müller", "MÜLLER")]
        public void TryAdd_SameNameWrittenDifferently_ReportsTheFirstRow(string first, string second)
        {
            var index = new ServiceNameIndex();
            Assert.True(index.TryAdd(first, 2, out _));
            Assert.False(index.TryAdd(second, 7, out var earlier));
            Assert.Equal(2, earlier);
        }

        [Theory]
        [InlineData("Box", "Boxes")]
        [InlineData("Box", "B ox")]
        [InlineData("A", "B")]
        [InlineData("経費", "経費精算")]
        public void TryAdd_DifferentNames_AddsBoth(string first, string second)
        {
            var index = new ServiceNameIndex();
            Assert.True(index.TryAdd(first, 2, out _));
            Assert.True(index.TryAdd(second, 3, out _));
            Assert.Equal(2, index.Count);
        }

        [Fact]
        public void TryAdd_ManyNames_GrowsAndFindsEachAgain()
        {
            var index = new ServiceNameIndex();
            for (var i = 0; i < 100_000; i++) Assert.True(index.TryAdd("Service" + i, i + 2, out _));
            Assert.Equal(100_000, index.Count);
            for (var i = 0; i < 100_000; i += 997)
            {
                Assert.False(index.TryAdd("service" + i, 1_000_000, out var earlier));
                Assert.Equal(i + 2, earlier);
            }
        }

        [Fact]
        public void TryAdd_LongNames_AreHeldWhole()
        {
            var index = new ServiceNameIndex();
            var longName = new string('x', 20_000);
            Assert.True(index.TryAdd(longName, 2, out _));
            Assert.True(index.TryAdd(longName + "y", 3, out _));
            Assert.True(index.TryAdd(longName.Substring(1), 4, out _));
            Assert.False(index.TryAdd(longName.ToUpperInvariant(), 5, out var earlier));
            Assert.Equal(2, earlier);
        }
    }
}
