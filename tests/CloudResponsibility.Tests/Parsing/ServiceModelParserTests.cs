using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class ServiceModelParserTests
    {
        [Theory]
        [InlineData("SaaS", ServiceModel.SaaS)]
        [InlineData("saas", ServiceModel.SaaS)]
        [InlineData("SAAS", ServiceModel.SaaS)]
        [InlineData("  SaaS\t", ServiceModel.SaaS)]
        [InlineData("ＳａａＳ", ServiceModel.SaaS)]
        [InlineData("\u3000ｓａａｓ\u3000", ServiceModel.SaaS)]
        [InlineData("Software as a Service", ServiceModel.SaaS)]
        [InlineData("PaaS", ServiceModel.PaaS)]
        [InlineData("paas", ServiceModel.PaaS)]
        [InlineData("Platform-as-a-Service", ServiceModel.PaaS)]
        [InlineData("IaaS", ServiceModel.IaaS)]
        [InlineData("Iaas", ServiceModel.IaaS)]
        [InlineData("ＩＡＡＳ", ServiceModel.IaaS)]
        [InlineData("OnPremises", ServiceModel.OnPremises)]
        [InlineData("On-Premises", ServiceModel.OnPremises)]
        [InlineData("on premises", ServiceModel.OnPremises)]
        [InlineData("on_premises", ServiceModel.OnPremises)]
        [InlineData("On-Premise", ServiceModel.OnPremises)]
        [InlineData("onprem", ServiceModel.OnPremises)]
        [InlineData("オンプレミス", ServiceModel.OnPremises)]
        [InlineData("オンプレ", ServiceModel.OnPremises)]
        [InlineData("ｵﾝﾌﾟﾚﾐｽ", ServiceModel.OnPremises)]
        public void TryParse_KnownSpelling_ReturnsModel(string text, ServiceModel expected)
        {
            Assert.True(ServiceModelParser.TryParse(text, out var model));
            Assert.Equal(expected, model);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("SaaX")]
        [InlineData("S aaS x")]
        [InlineData("Cloud")]
        [InlineData("アプリケーション")]
        [InlineData("=SaaS")]
        [InlineData("SaaS;PaaS")]
        public void TryParse_UnknownOrEmpty_ReturnsFalse(string? text)
        {
            Assert.False(ServiceModelParser.TryParse(text, out _));
        }
    }
}
