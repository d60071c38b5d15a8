using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class DeploymentModelParserTests
    {
        [Theory]
        [InlineData("Private", DeploymentModel.Private)]
        [InlineData("private", DeploymentModel.Private)]
        [InlineData("Private Cloud", DeploymentModel.Private)]
        [InlineData("PRIVATE-CLOUD", DeploymentModel.Private)]
        [InlineData("プライベート", DeploymentModel.Private)]
        [InlineData("プライベートクラウド", DeploymentModel.Private)]
        [InlineData("Community", DeploymentModel.Community)]
        [InlineData("ｃｏｍｍｕｎｉｔｙ", DeploymentModel.Community)]
        [InlineData("コミュニティ", DeploymentModel.Community)]
        [InlineData("コミュニティクラウド", DeploymentModel.Community)]
        [InlineData("Public", DeploymentModel.Public)]
        [InlineData(" public cloud ", DeploymentModel.Public)]
        [InlineData("パブリック", DeploymentModel.Public)]
        [InlineData("パブリッククラウド", DeploymentModel.Public)]
        [InlineData("Hybrid", DeploymentModel.Hybrid)]
        [InlineData("ハイブリッド", DeploymentModel.Hybrid)]
        [InlineData("ハイブリッドクラウド", DeploymentModel.Hybrid)]
        [InlineData("ﾊｲﾌﾞﾘｯﾄﾞ", DeploymentModel.Hybrid)]
        [InlineData("ハイブリッド　クラウド", DeploymentModel.Hybrid)]
        public void TryParse_KnownSpelling_ReturnsModel(string text, DeploymentModel expected)
        {
            Assert.True(DeploymentModelParser.TryParse(text, out var model));
            Assert.Equal(expected, model);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("Multi")]
        [InlineData("SaaS")]
        [InlineData("Cloud")]
        [InlineData("クラウド")]
        public void TryParse_UnknownOrEmpty_ReturnsFalse(string? text)
        {
            Assert.False(DeploymentModelParser.TryParse(text, out _));
        }
    }
}
