using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class DataLocationParserTests
    {
        [Theory]
        [InlineData("JP", "JP")]
        [InlineData("jp;us", "JP;US")]
        [InlineData("JP, US", "JP;US")]
        [InlineData("JP、US", "JP;US")]
        [InlineData("JP／US", "JP;US")]
        [InlineData("JP/US", "JP;US")]
        [InlineData("JP US", "JP;US")]
        [InlineData("JP\u3000US", "JP;US")]
        [InlineData("ｊｐ；ｕｓ", "JP;US")]
        [InlineData("JP;;US;", "JP;US")]
        [InlineData("JP\nUS", "JP;US")]
        [InlineData("JP;US;jp", "JP;US")]
        [InlineData("US;JP", "US;JP")]
        [InlineData("日本、米国", "JP;US")]
        [InlineData("日本・シンガポール", "JP;SG")]
        [InlineData("国内、ＥＵ", "JP;EU")]
        [InlineData("United States", "US")]
        [InlineData("United States Japan", "US;JP")]
        [InlineData("japan / united states", "JP;US")]
        [InlineData("United Kingdom, Ireland", "GB;IE")]
        [InlineData("USA JPN", "US;JP")]
        [InlineData("EU;欧州", "EU")]
        public void TryParse_Countries_ReturnsCodesInOrderOnce(string text, string expected)
        {
            Assert.True(DataLocationParser.TryParse(text, out var codes, out var invalid));
            Assert.Null(invalid);
            Assert.Equal(expected, codes.ToString());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        [InlineData(" ; ")]
        public void TryParse_Empty_ReturnsEmptyList(string? text)
        {
            Assert.True(DataLocationParser.TryParse(text, out var codes, out _));
            Assert.Empty(codes);
        }

        [Theory]
        [InlineData("Japn", "Japn")]
        [InlineData("JP;Japn", "Japn")]
        [InlineData("JP, XX", "XX")]
        [InlineData("United Stats", "United Stats")]
        [InlineData("日本、火星", "火星")]
        public void TryParse_UnknownPart_NamesIt(string text, string expectedInvalid)
        {
            Assert.False(DataLocationParser.TryParse(text, out _, out var invalid));
            Assert.Equal(expectedInvalid, invalid);
        }

        [Fact]
        public void TryParse_SameSingleCode_SharesOneList()
        {
            DataLocationParser.TryParse("JP", out var first, out _);
            DataLocationParser.TryParse("jp", out var second, out _);
            Assert.Same(first, second);
        }
    }
}
