using System;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Tests.Inventory;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Text
{
    public sealed class EncodingDetectorTests
    {
        [Fact]
        public void Detect_Utf8ByteOrderMark_ReturnsUtf8WithMarkLength()
        {
            var encoding = EncodingDetector.Detect(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a' }, out var bom);
            Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
            Assert.Equal(3, bom);
        }

        [Fact]
        public void Detect_Utf16LittleEndianMark_ReturnsUtf16()
        {
            var encoding = EncodingDetector.Detect(new byte[] { 0xFF, 0xFE, (byte)'a', 0 }, out var bom);
            Assert.Equal(Encoding.Unicode.CodePage, encoding.CodePage);
            Assert.Equal(2, bom);
        }

        [Fact]
        public void Detect_Utf16BigEndianMark_ReturnsUtf16BigEndian()
        {
            var encoding = EncodingDetector.Detect(new byte[] { 0xFE, 0xFF, 0, (byte)'a' }, out var bom);
            Assert.Equal(Encoding.BigEndianUnicode.CodePage, encoding.CodePage);
            Assert.Equal(2, bom);
        }

        [Fact]
        public void Detect_Utf32LittleEndianMark_ReturnsUtf32()
        {
            var encoding = EncodingDetector.Detect(new byte[] { 0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0 }, out var bom);
            Assert.Equal(Encoding.UTF32.CodePage, encoding.CodePage);
            Assert.Equal(4, bom);
        }

        [Theory]
        [InlineData("ServiceName,ServiceModel\nMail,SaaS\n")]
        [InlineData("サービス名,サービスモデル\n経費精算,ＳａａＳ\n")]
        [InlineData("")]
        public void Detect_ValidUtf8WithoutMark_ReturnsUtf8(string text)
        {
            var encoding = EncodingDetector.Detect(Encoding.UTF8.GetBytes(text), out var bom);
            Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
            Assert.Equal(0, bom);
        }

        [Theory]
        [InlineData("サービス名,サービスモデル\r\n経費精算,SaaS\r\n")]
        [InlineData("ﾃｽﾄ")] // C3 BD C4: valid UTF-8 but for the last byte, so only the end of the input tells
        [InlineData("abc,日本")]
        public void Detect_ShiftJisText_ReturnsCodePage932(string text)
        {
            var encoding = EncodingDetector.Detect(EncodingDetector.ShiftJis.GetBytes(text), out _);
            Assert.Equal(932, encoding.CodePage);
        }

        [Fact]
        public void Detect_MultiByteSequenceCutByTheEndOfTheSample_StillUtf8()
        {
            var ascii = new string('a', EncodingDetector.SampleSize - 1);
            var bytes = Encoding.UTF8.GetBytes(ascii + "日本");
            Assert.Equal(Encoding.UTF8.CodePage, EncodingDetector.Detect(bytes, out _).CodePage);
        }

        [Fact]
        public void Detect_InvalidBytesPastTheSample_AreNotLookedAt()
        {
            var bytes = Encoding.UTF8.GetBytes(new string('a', EncodingDetector.SampleSize)).Concat(new byte[] { 0x82, 0xA0 }).ToArray();
            Assert.Equal(Encoding.UTF8.CodePage, EncodingDetector.Detect(bytes, out _).CodePage);
        }

        [Theory]
        [InlineData(new byte[] { 0xC0, 0x80 })]             // overlong NUL
        [InlineData(new byte[] { 0xE0, 0x80, 0x80 })]       // overlong
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]       // a surrogate
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
        [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]
        [InlineData(new byte[] { 0x80, 0x41 })]             // a continuation byte without a lead
        [InlineData(new byte[] { 0xE3, 0x41, 0x81 })]       // a lead without its continuation
        public void IsValidUtf8_IllFormed_ReturnsFalse(byte[] bytes)
        {
            Assert.False(EncodingDetector.IsValidUtf8(bytes, allowCutEnd: true));
        }

        [Theory]
        [InlineData(new byte[] { 0xE3, 0x81, 0x82 })]       // あ
        [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })] // an emoji
        public void IsValidUtf8_WellFormed_ReturnsTrue(byte[] bytes)
        {
            Assert.True(EncodingDetector.IsValidUtf8(bytes, allowCutEnd: false));
        }

        [Fact]
        public void IsValidUtf8_SequenceCutAtTheEnd_AllowedOnlyWhenSaid()
        {
            var bytes = new byte[] { 0x41, 0xE3, 0x81 };
            Assert.True(EncodingDetector.IsValidUtf8(bytes, allowCutEnd: true));
            Assert.False(EncodingDetector.IsValidUtf8(bytes, allowCutEnd: false));
        }

        [Fact]
        public void Detect_Stream_ReadsAtMostTheSampleAndReplaysIt()
        {
            var text = "サービス名,サービスモデル\r\n" + string.Concat(Enumerable.Repeat("経費精算,SaaS\r\n", 20000));
            var bytes = EncodingDetector.ShiftJis.GetBytes(text);
            using var input = new CountingStream(new MemoryStream(bytes));
            var encoding = EncodingDetector.Detect(input, out var fromStart);
            Assert.Equal(932, encoding.CodePage);
            Assert.True(input.BytesRead <= EncodingDetector.SampleSize, $"read {input.BytesRead} bytes");
            using var reader = new StreamReader(fromStart, encoding);
            Assert.Equal(text, reader.ReadToEnd());
        }

        [Fact]
        public void ShiftJis_IsCodePage932()
        {
            Assert.Equal(932, EncodingDetector.ShiftJis.CodePage);
            Assert.Equal("①", EncodingDetector.ShiftJis.GetString(new byte[] { 0x87, 0x40 })); // an NEC extension: 932, not plain Shift_JIS
        }
    }
}
