using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Text
{
    public sealed class SentencesTests
    {
        [Theory]
        [InlineData("Row 3 is wrong.", "Cell B3 of sheet 'Inventory'.", "Row 3 is wrong. Cell B3 of sheet 'Inventory'.")]
        [InlineData("3 行目が誤っています。", "シート「Inventory」のセル B3。", "3 行目が誤っています。シート「Inventory」のセル B3。")]
        [InlineData("値が読めません（B3）", "修正してください。", "値が読めません（B3）修正してください。")]
        [InlineData("", "Only this.", "Only this.")]
        [InlineData("Only this.", "", "Only this.")]
        public void Join_PutsASpaceAfterEnglishSentencesOnly(string first, string second, string joined) =>
            Assert.Equal(joined, Sentences.Join(first, second));

        [Fact]
        public void Join_OfMany_SkipsEmptyPartsAndTrimsEach() =>
            Assert.Equal("A is wrong. 列がありません。B is wrong.", Sentences.Join(new[] { " A is wrong. ", "", "列がありません。", "  ", "B is wrong." }));
    }
}
