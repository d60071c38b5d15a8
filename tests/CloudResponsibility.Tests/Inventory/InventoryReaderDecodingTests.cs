using System.Linq;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// Bytes the encoding cannot decode are never read as U+FFFD or '?' without a word: the first
    /// row that has them is an error naming the file, the row, the encoding and one to try, and
    /// nothing after it is read.
    /// </summary>
    public sealed class InventoryReaderDecodingTests
    {
        [Fact]
        public void Read_ShiftJisWhoseFirst64KiBAreAscii_StopsAtTheFirstJapaneseRowNamingShiftJis()
        {
            var text = new StringBuilder("ServiceName,ServiceModel\r\n");
            var rows = 0;
            while (text.Length < EncodingDetector.SampleSize + 1000)
            {
                text.Append("Ascii").Append(rows++).Append(",SaaS\r\n");
            }
            text.Append("経費精算,SaaS\r\nAfter,SaaS\r\n");
            var read = InventoryRead.Bytes(EncodingDetector.ShiftJis.GetBytes(text.ToString()));

            Assert.Equal(rows, read.Services);
            var error = read.Errors.Single();
            Assert.Equal("UndecodableText", error.ErrorId);
            Assert.Equal(rows + 2, error.Row);
            Assert.Contains("utf-8", error.Message);
            Assert.Contains("shift_jis", error.Message);
            Assert.Contains("test.csv", error.Message);
            Assert.Equal("Error " + (rows + 2) + " UndecodableText", read.Outline.Last());
            Assert.DoesNotContain(read.ServiceList, s => s.ServiceName.Contains('\uFFFD'));
        }

        [Fact]
        public void Read_InvalidUtf8WhenUtf8IsGiven_IsAnErrorNotReplacementCharacters()
        {
            var bytes = Encoding.UTF8.GetBytes("ServiceName,ServiceModel\nGood,SaaS\n").Concat(new byte[] { 0x42, 0xFF, 0x43, (byte)',', 0x53, 0x61, 0x61, 0x53, 0x0A }).ToArray();
            var read = InventoryRead.Bytes(bytes, InventoryReaderOptions.Default with { Encoding = new UTF8Encoding(false) });
            Assert.Equal(new[] { "Service 2 Good", "Error 3 UndecodableText" }, read.Outline);
        }

        [Fact]
        public void Read_InvalidShiftJisBytes_AreAnErrorNamingUtf8ToTry()
        {
            // 0x81 0x20: a lead byte without a valid trail byte.
            var bytes = EncodingDetector.ShiftJis.GetBytes("サービス名,サービスモデル\r\n経費,SaaS\r\n").Concat(new byte[] { 0x81, 0x20, (byte)',', 0x53, 0x61, 0x61, 0x53, 0x0D, 0x0A }).ToArray();
            var read = InventoryRead.Bytes(bytes);
            Assert.Equal(new[] { "Service 2 経費", "Error 3 UndecodableText" }, read.Outline);
            Assert.Contains("'utf8", read.Errors.Single().Message.Replace("(utf8", "'utf8"));
        }

        [Fact]
        public void Read_GenuineReplacementCharacterInUtf8_IsText()
        {
            var read = InventoryRead.Text("ServiceName,ServiceModel\nA\uFFFDB,SaaS\n");
            Assert.Equal(new[] { "Service 2 A\uFFFDB" }, read.Outline);
        }
    }
}
