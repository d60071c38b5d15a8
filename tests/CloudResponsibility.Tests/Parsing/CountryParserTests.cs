using System.IO;
using System.Linq;
using System.Text.Json;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class CountryParserTests
    {
        [Theory]
        [InlineData("JP", "JP")]
        [InlineData("jp", "JP")]
        [InlineData("Jp", "JP")]
        [InlineData(" us ", "US")]
        [InlineData("ＪＰ", "JP")]
        [InlineData("ｊｐ", "JP")]
        [InlineData("AQ", "AQ")]
        [InlineData("ZW", "ZW")]
        [InlineData("EU", "EU")]
        [InlineData("ＥＵ", "EU")]
        [InlineData("UK", "GB")]
        [InlineData("JPN", "JP")]
        [InlineData("usa", "US")]
        [InlineData("GBR", "GB")]
        [InlineData("DEU", "DE")]
        [InlineData("FRA", "FR")]
        [InlineData("SGP", "SG")]
        [InlineData("AUS", "AU")]
        [InlineData("CAN", "CA")]
        [InlineData("CHN", "CN")]
        [InlineData("KOR", "KR")]
        [InlineData("IND", "IN")]
        [InlineData("IRL", "IE")]
        [InlineData("NLD", "NL")]
        [InlineData("Japan", "JP")]
        [InlineData("JAPAN", "JP")]
        [InlineData("United States", "US")]
        [InlineData("united  states", "US")]
        [InlineData("United States of America", "US")]
        [InlineData("United Kingdom", "GB")]
        [InlineData("Germany", "DE")]
        [InlineData("Singapore", "SG")]
        [InlineData("South Korea", "KR")]
        [InlineData("Hong Kong", "HK")]
        [InlineData("European Union", "EU")]
        [InlineData("日本", "JP")]
        [InlineData("国内", "JP")]
        [InlineData("米国", "US")]
        [InlineData("アメリカ", "US")]
        [InlineData("アメリカ合衆国", "US")]
        [InlineData("英国", "GB")]
        [InlineData("イギリス", "GB")]
        [InlineData("ドイツ", "DE")]
        [InlineData("フランス", "FR")]
        [InlineData("アイルランド", "IE")]
        [InlineData("オランダ", "NL")]
        [InlineData("シンガポール", "SG")]
        [InlineData("ｼﾝｶﾞﾎﾟｰﾙ", "SG")]
        [InlineData("オーストラリア", "AU")]
        [InlineData("カナダ", "CA")]
        [InlineData("中国", "CN")]
        [InlineData("韓国", "KR")]
        [InlineData("インド", "IN")]
        [InlineData("香港", "HK")]
        [InlineData("台湾", "TW")]
        [InlineData("欧州", "EU")]
        public void TryParse_KnownCountry_ReturnsAlpha2(string text, string expected)
        {
            Assert.True(CountryParser.TryParse(text, out var code));
            Assert.Equal(expected, code);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("XX")]
        [InlineData("ZZ")]
        [InlineData("AA")]
        [InlineData("J")]
        [InlineData("J1")]
        [InlineData("Japn")]
        [InlineData("XYZ")]
        [InlineData("Atlantis")]
        [InlineData("JP;US")]
        [InlineData("火星")]
        public void TryParse_UnknownText_Fails(string? text)
        {
            Assert.False(CountryParser.TryParse(text, out _));
        }

        [Theory]
        [InlineData("JP", "JP")]
        [InlineData("Japan", "JP")]
        [InlineData("日本", "JP")]
        [InlineData("USA", "US")]
        [InlineData("米国", "US")]
        [InlineData(" de ", "DE")]
        [InlineData("UK", "GB")]
        public void TryParseHomeCountry_ACountryAsDataLocationNamesIt_GivesItsCode(string text, string code)
        {
            Assert.True(CountryParser.TryParseHomeCountry(text, out var parsed, out var isUnion));
            Assert.Equal((code, false), (parsed, isUnion));
        }

        [Theory]
        [InlineData("JA", false)]
        [InlineData("ZZ", false)]
        [InlineData("", false)]
        [InlineData(null, false)]
        [InlineData("EU", true)]
        [InlineData("欧州", true)]
        public void TryParseHomeCountry_NoCountryOrTheUnion_Fails(string? text, bool union)
        {
            Assert.False(CountryParser.TryParseHomeCountry(text, out var code, out var isUnion));
            Assert.Equal((string.Empty, union), (code, isUnion));
        }

        [Fact]
        public void NamedCountries_EveryName_ParsesToItsCode()
        {
            var named = CountryParser.NamedCountries.ToList();
            Assert.Equal("JP", named[0].Code);
            Assert.Equal("EU", named[^1].Code);
            Assert.Equal(named.Count, named.Select(c => c.Code).Distinct().Count());
            foreach (var (code, names) in named)
                foreach (var name in names.Prepend(code))
                {
                    Assert.True(CountryParser.TryParse(name, out var parsed), name);
                    Assert.Equal(code, parsed);
                }
        }

        [Fact]
        public void Alpha2Table_Built_HasEveryAssignedIsoCodeAndNoOther()
        {
            // The Debian iso-codes list, where the machine has it, is the authority; the count holds everywhere.
            Assert.Equal(249, CountryCodes.AssignedCount);
            const string isoCodes = "/usr/share/iso-codes/json/iso_3166-1.json";
            if (!File.Exists(isoCodes)) return;
            using var document = JsonDocument.Parse(File.ReadAllText(isoCodes));
            var assigned = document.RootElement.GetProperty("3166-1").EnumerateArray().Select(c => c.GetProperty("alpha_2").GetString()!).ToHashSet();
            for (var a = 'A'; a <= 'Z'; a++)
                for (var b = 'A'; b <= 'Z'; b++)
                {
                    var code = new string(new[] { a, b });
                    var expected = assigned.Contains(code) || code == "EU" || code == "UK";
                    Assert.True(expected == CountryCodes.TryGetAlpha2(code, out _), code);
                }
        }
    }
}
