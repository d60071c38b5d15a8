using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    public sealed class CellWidthTests
    {
        [Theory]
        [InlineData("abc", 3)]
        [InlineData("利用者", 6)]
        [InlineData("アプリ", 6)]
        [InlineData("ＩＤ", 4)]
        [InlineData("ｱｲ", 2)]
        [InlineData("A層", 3)]
        public void Of_Text_CountsWideCharactersTwice(string text, int cells)
        {
            Assert.Equal(cells, CellWidth.Of(text));
        }

        [Fact]
        public void Of_TextFromOffset_CountsOnlyTheRest()
        {
            Assert.Equal(4, CellWidth.Of("ab責任", 2));
        }
    }
}
