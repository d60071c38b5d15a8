using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Xlsx;
using Xunit;

namespace CloudResponsibility.Tests.Xlsx
{
    public sealed class GatheringWriterTests
    {
        [Fact]
        public void Write_ManyPiecesOfEverySize_ReachTheTargetInOrder()
        {
            var target = new StringWriter();
            var writer = new GatheringWriter(target);
            var expected = new StringBuilder();
            var sizes = new[] { 1, 7, 100, 5000, 16383, 16384, 16385, 40000, 3 };
            for (var round = 0; round < 3; round++)
            {
                foreach (var size in sizes)
                {
                    var piece = new string((char)('a' + (size + round) % 26), size);
                    writer.Write(piece);
                    writer.Write('|');
                    var chars = piece.ToCharArray();
                    writer.Write(chars, 1, chars.Length - 1);
                    expected.Append(piece).Append('|').Append(piece, 1, piece.Length - 1);
                }
            }

            writer.Drain();

            Assert.Equal(expected.ToString(), target.ToString());
        }

        [Fact]
        public void Retarget_PassesOnWhatItHoldsFirst()
        {
            var first = new StringWriter();
            var second = new StringWriter();
            var writer = new GatheringWriter(first);
            writer.Write("<row>");

            Assert.Equal("", first.ToString());
            writer.Retarget(second);
            writer.Write("</row>");
            writer.Flush();

            Assert.Equal("<row>", first.ToString());
            Assert.Equal("</row>", second.ToString());
        }

        [Fact]
        public void Write_Null_WritesNothing()
        {
            var target = new StringWriter();
            var writer = new GatheringWriter(target);

            writer.Write((string?)null);
            writer.Drain();

            Assert.Equal("", target.ToString());
            Assert.Equal(target.Encoding, writer.Encoding);
        }
    }
}
