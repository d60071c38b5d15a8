using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    /// <summary>The countries a free text names, read precisely: names and capitalised codes as words of their own, Japanese names where the script changes around them.</summary>
    public sealed class CountryMentionsTests
    {
        [Theory]
        [InlineData("US (us-east-1), Singapore", "US;SG")]
        [InlineData("Stored in Japan; backups in the United States of America", "JP;US")]
        [InlineData("Tokyo and Osaka regions, JPN only", "JP")]
        [InlineData("Hong Kong, New Zealand and South Korea", "HK;NZ;KR")]
        [InlineData("Frankfurt (DE), Dublin, Ireland, the EU", "DE;IE;EU")]
        [InlineData("ＵＳ／ＳＧ", "US;SG")]
        [InlineData("データは米国およびシンガポールに保管", "US;SG")]
        [InlineData("米国東部リージョン", "US")]
        [InlineData("米国内のデータセンター", "US")]
        [InlineData("東京・大阪（日本国内）", "JP")]
        [InlineData("国内のみ", "JP")]
        [InlineData("インドネシアとインド", "ID;IN")]
        [InlineData("アメリカ合衆国、英国、ドイツ", "US;GB;DE")]
        [InlineData("保管先はUSリージョン", "US")]
        [InlineData("Japan, japan, JP, 日本", "JP")]
        public void In_NamesAndCodes_AreReadInTheOrderWritten(string text, string codes) =>
            Assert.Equal(codes, CountryMentions.In(text).ToString());

        [Theory]
        [InlineData("")]
        [InlineData(null)]
        [InlineData("ap-northeast-1, us-east-1, eu-west-1")]
        [InlineData("Data is stored in our own data centres; see the IT policy and the tenant ID")]
        [InlineData("Certificates from a public CA; SE and ES teams; it is in scope")]
        [InlineData("is to be confirmed, as we are in review")]
        [InlineData("North America and South America; Latin America")]
        [InlineData("リアルタイムで複製")]
        [InlineData("中国地方のデータセンター")]
        [InlineData("国内外に分散")]
        [InlineData("日本語の資料、米国企業")]
        [InlineData("U S and J P")]
        public void In_WordsThatOnlyLookLikeCountries_NameNone(string? text) =>
            Assert.Empty(CountryMentions.In(text));
    }
}
