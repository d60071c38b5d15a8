using System.IO;
using CloudResponsibility.Xlsx;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    public sealed class SharedStringTableTests
    {
        [Fact]
        public void TryGetIndex_ARecurringLongText_IsSharedOnce()
        {
            var table = new SharedStringTable();
            var duty = new string('責', 300);

            Assert.True(table.TryGetIndex("SaaS", out var model));
            Assert.True(table.TryGetIndex(duty, out var first));
            Assert.True(table.TryGetIndex(new string('責', 300), out var again));

            Assert.Equal(first, again);
            Assert.NotEqual(model, first);
            Assert.Equal(2, table.Count);
            Assert.Equal(304, table.Characters);
            Assert.Equal(3, table.References);
        }

        [Fact]
        public void TryGetIndex_ATextLongerThanTheLimit_GoesInItsCell()
        {
            var table = new SharedStringTable();

            Assert.True(table.TryGetIndex(new string('x', SharedStringTable.MaxLength), out _));
            Assert.False(table.TryGetIndex(new string('x', SharedStringTable.MaxLength + 1), out _));
            Assert.Equal(1, table.Count);
        }

        [Fact]
        public void TryGetIndex_PastTheCharacterBudget_TakesNoMoreButStillCitesWhatItHolds()
        {
            var table = new SharedStringTable();
            var length = SharedStringTable.MaxLength;
            var fits = SharedStringTable.MaxCharacters / length;
            for (var i = 0; i < fits; i++) Assert.True(table.TryGetIndex(i.ToString("D8") + new string('x', length - 8), out _));

            Assert.False(table.TryGetIndex("new", out _));
            Assert.True(table.TryGetIndex(0.ToString("D8") + new string('x', length - 8), out var held));
            Assert.Equal(0, held);
            Assert.Equal(fits, table.Count);
            Assert.True(table.Characters <= SharedStringTable.MaxCharacters);
        }

        [Fact]
        public void TryGetIndex_PastTheEntryLimit_TakesNoMore()
        {
            var table = new SharedStringTable();
            for (var i = 0; i < SharedStringTable.MaxEntries; i++) Assert.True(table.TryGetIndex("t" + i, out _));

            Assert.False(table.TryGetIndex("one more", out _));
            Assert.True(table.TryGetIndex("t7", out var held));
            Assert.Equal(7, held);
            Assert.Equal(SharedStringTable.MaxEntries, table.Count);
        }

        [Fact]
        public void Write_ListsTheTextsInTheOrderOfTheirNumbers()
        {
            var table = new SharedStringTable();
            table.TryGetIndex("b", out _);
            table.TryGetIndex("a & c", out _);
            table.TryGetIndex("b", out _);
            var xml = new StringWriter();

            table.Write(xml);

            Assert.EndsWith("count=\"3\" uniqueCount=\"2\"><si><t>b</t></si><si><t>a &amp; c</t></si></sst>", xml.ToString());
        }
    }
}
