using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class BooleanParserTests
    {
        [Theory]
        [InlineData("yes")]
        [InlineData("Yes")]
        [InlineData("YES")]
        [InlineData("ＹＥＳ")]
        [InlineData("y")]
        [InlineData("Y")]
        [InlineData("true")]
        [InlineData("TRUE")]
        [InlineData("t")]
        [InlineData("1")]
        [InlineData("１")]
        [InlineData(" 1 ")]
        [InlineData("はい")]
        [InlineData("○")]
        [InlineData("〇")]
        [InlineData("◯")]
        [InlineData("✓")]
        [InlineData("✔")]
        [InlineData("有")]
        [InlineData("有り")]
        [InlineData("あり")]
        public void TryParse_YesSpelling_ReturnsTrue(string text)
        {
            Assert.True(BooleanParser.TryParse(text, out var value));
            Assert.True(value);
        }

        [Theory]
        [InlineData("no")]
        [InlineData("No")]
        [InlineData("ｎｏ")]
        [InlineData("n")]
        [InlineData("false")]
        [InlineData("False")]
        [InlineData("f")]
        [InlineData("0")]
        [InlineData("いいえ")]
        [InlineData("×")]
        [InlineData("✕")]
        [InlineData("✗")]
        [InlineData("無")]
        [InlineData("無し")]
        [InlineData("なし")]
        public void TryParse_NoSpelling_ReturnsFalse(string text)
        {
            Assert.True(BooleanParser.TryParse(text, out var value));
            Assert.False(value);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u3000")]
        [InlineData("unknown")]
        [InlineData("不明")]
        public void TryParse_EmptyOrUnknown_ReturnsNull(string? text)
        {
            Assert.True(BooleanParser.TryParse(text, out var value));
            Assert.Null(value);
        }

        [Theory]
        [InlineData("maybe")]
        [InlineData("2")]
        [InlineData("-")]
        [InlineData("N/A")]
        [InlineData("yes/no")]
        [InlineData("●")]
        public void TryParse_OtherText_Fails(string text)
        {
            Assert.False(BooleanParser.TryParse(text, out _));
        }
    }
}
