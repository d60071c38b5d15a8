using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class TextNormalizerTests
    {
        [Theory]
        [InlineData("SaaS", "SaaS")]
        [InlineData("  SaaS ", "SaaS")]
        [InlineData("ＳａａＳ", "SaaS")]
        [InlineData("\u3000ＪＰ\u3000", "JP")]
        [InlineData("ｵﾝﾌﾟﾚ", "オンプレ")]
        [InlineData("①", "1")]
        [InlineData("日本", "日本")]
        public void Normalize_Text_TrimsAndAppliesNfkc(string text, string expected)
        {
            Assert.Equal(expected, TextNormalizer.Normalize(text));
        }

        [Fact]
        public void Normalize_AlreadyNormalAscii_ReturnsSameInstance()
        {
            var text = "SaaS";
            Assert.Same(text, TextNormalizer.Normalize(text));
            Assert.Same(text, TextNormalizer.ToKey(text));
        }

        [Fact]
        public void Normalize_LoneSurrogate_ReturnsTextUnchanged()
        {
            Assert.Equal("a\uD800b", TextNormalizer.Normalize(" a\uD800b "));
        }

        [Theory]
        [InlineData("Service Name", "ServiceName")]
        [InlineData("service_name", "servicename")]
        [InlineData("On-Premises", "OnPremises")]
        [InlineData("ｓｅｒｖｉｃｅ　ｎａｍｅ", "servicename")]
        public void ToKey_Text_DropsSpacesHyphensAndUnderscores(string text, string expected)
        {
            Assert.Equal(expected, TextNormalizer.ToKey(text));
        }
    }
}
