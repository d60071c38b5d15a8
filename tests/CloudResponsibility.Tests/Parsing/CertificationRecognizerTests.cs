using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    /// <summary>The shipped certifications, recognised by the spellings vendors write.</summary>
    public sealed class CertificationRecognizerTests
    {
        private static readonly CertificationRecognizer Recognizer = new CertificationRecognizer(CloudCatalog.Default.In(Language.En).Questionnaire.Certifications);

        [Theory]
        [InlineData("ISMS", "ISO27001")]
        [InlineData("ISO/IEC 27001:2022", "ISO27001")]
        [InlineData("ISO27001", "ISO27001")]
        [InlineData("ＩＳＯ／ＩＥＣ　２７００１", "ISO27001")]
        [InlineData("ISMS (JIS Q 27001)", "ISO27001")]
        [InlineData("情報セキュリティマネジメントシステム認証", "ISO27001")]
        [InlineData("ISMS-CLS", "ISO27017")]
        [InlineData("ISMSクラウドセキュリティ認証", "ISO27017")]
        [InlineData("ISO/IEC 27017, ISO/IEC 27018", "ISO27017;ISO27018")]
        [InlineData("SOC 1/SOC 2", "SOC1;SOC2")]
        [InlineData("SOC2 Type II", "SOC2")]
        [InlineData("soc-2", "SOC2")]
        [InlineData("ISMAP", "ISMAP")]
        [InlineData("ISMAP-LIU", "ISMAP-LIU")]
        [InlineData("ISMAP LIU", "ISMAP-LIU")]
        [InlineData("政府情報システムのためのセキュリティ評価制度（ISMAP）", "ISMAP")]
        [InlineData("CSA STAR Level 2", "CSA-STAR-2")]
        [InlineData("STAR Self-Assessment", "CSA-STAR-1")]
        [InlineData("CSA STAR レベル1", "CSA-STAR-1")]
        [InlineData("PCI DSS v4.0", "PCI-DSS")]
        [InlineData("PCI-DSS", "PCI-DSS")]
        [InlineData("プライバシーマーク", "PRIVACYMARK")]
        [InlineData("Pマーク", "PRIVACYMARK")]
        [InlineData("WebTrust for CAs", "WEBTRUST")]
        [InlineData("ISMS、ISMAP、SOC 2", "ISO27001;ISMAP;SOC2")]
        [InlineData("ISMS; ISO 27001", "ISO27001")]
        public void Recognize_NamedCertification_GivesItsId(string cell, string expected)
        {
            Assert.Equal(expected, Recognizer.Recognize(cell, out var unrecognized).ToString());
            Assert.Empty(unrecognized);
        }

        [Theory]
        [InlineData("SOC 12")]
        [InlineData("ISO 9001")]
        [InlineData("SAS70")]
        [InlineData("CSA STAR")]
        [InlineData("ISO 270011")]
        public void Recognize_OtherName_IsKeptAsUnrecognized(string cell)
        {
            Assert.Empty(Recognizer.Recognize(cell, out var unrecognized));
            Assert.Equal(new[] { cell }, unrecognized);
        }

        [Fact]
        public void Recognize_Mixed_GivesTheKnownAndTheRest()
        {
            Assert.Equal("ISMAP", Recognizer.Recognize("ISMAP; ISO 9001", out var unrecognized).ToString());
            Assert.Equal(new[] { "ISO 9001" }, unrecognized);
            Assert.Empty(Recognizer.Recognize("  ", out unrecognized));
            Assert.Empty(unrecognized);
        }
    }
}
