using System.Collections.Generic;
using System.IO;
using System.Text;
using CsvHelper;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>
    /// The behaviours of CsvHelper 34 that the inventory reader builds on, checked by experiment:
    /// if an update changes one, these fail before the reader's own tests puzzle anyone.
    /// </summary>
    public sealed class CsvHelperAssumptionTests
    {
        private static CsvReaderOptions Options(List<CsvMalformedRecord>? malformed = null) => CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = false,
            TrackLineNumbers = true,
            OnMalformedRecord = m => malformed?.Add(m),
        };

        private static CsvReader Reader(string text, CsvReaderOptions options) =>
            CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(text)), options, leaveOpen: false);

        [Fact]
        public void Read_SkipEmptyLinesOff_ReturnsBlankLinesAsOneEmptyField()
        {
            using var reader = Reader("a,b\n\nc,d\n", Options());
            Assert.True(reader.Read());
            Assert.True(reader.Read());
            Assert.Equal(1, reader.FieldCount);
            Assert.Equal(0, reader.RawRecord.Length);
            Assert.Equal(2, reader.RowNumber);
            Assert.Equal(2, reader.LineNumber);
        }

        [Fact]
        public void Read_MalformedRecord_ReportedDuringTheReadThatReturnsIt()
        {
            var malformed = new List<CsvMalformedRecord>();
            using var reader = Reader("a,b\n\"x\"y,z\nc,d\n", Options(malformed));
            Assert.True(reader.Read());
            Assert.Empty(malformed);
            Assert.True(reader.Read());
            var record = Assert.Single(malformed);
            Assert.Equal(reader.RowNumber, record.RecordNumber);
            Assert.Equal(CsvMalformedReason.TextAfterClosingQuote, record.Reason);
        }

        [Fact]
        public void Read_StrayQuoteBeforeAnOpenQuote_ReportsOnlyTheStrayQuote()
        {
            // Why the reader checks a flagged record's quoting itself.
            var malformed = new List<CsvMalformedRecord>();
            using var reader = Reader("h1,h2\nab\"c,\"d\ne,f\n", Options(malformed));
            reader.Read();
            reader.Read();
            Assert.Equal(CsvMalformedReason.StrayQuote, Assert.Single(malformed).Reason);
            Assert.Equal("ab\"c,\"d\ne,f\n", Encoding.UTF8.GetString(reader.RawRecord));
            Assert.False(reader.Read());
        }

        [Fact]
        public void Read_UnterminatedQuote_RunsToTheEndOfTheInput()
        {
            var malformed = new List<CsvMalformedRecord>();
            using var reader = Reader("h1,h2\na,\"b\nc,d\ne,f\n", Options(malformed));
            reader.Read();
            reader.Read();
            Assert.Equal(CsvMalformedReason.UnterminatedQuote, Assert.Single(malformed).Reason);
            Assert.Equal(6, reader.ByteOffset);
            Assert.Equal("a,\"b\nc,d\ne,f\n", Encoding.UTF8.GetString(reader.RawRecord));
            Assert.False(reader.Read());
        }

        [Fact]
        public void Read_StrayQuoteInUnquotedField_KeptAsText()
        {
            using var reader = Reader("ab\"c,d\n", Options());
            reader.Read();
            Assert.Equal("ab\"c", reader.GetString(0));
        }

        [Fact]
        public void Read_RecordPastMaxRecordSize_ThrowsWithTheLineWhereItStarts()
        {
            var text = new StringBuilder("h1,h2\na,b\nc,\"open\n");
            for (var i = 0; i < 20_000; i++) text.Append("x,y\n");
            using var reader = Reader(text.ToString(), Options() with { MaxRecordSize = 4096 });
            reader.Read();
            reader.Read();
            var e = Assert.Throws<CsvFormatException>(() => reader.Read());
            Assert.Equal(3, e.LineNumber);
        }

        [Fact]
        public void LineNumber_AfterMultiLineCell_CountsItsLines()
        {
            using var reader = Reader("a,\"1\r\n2\r\n3\"\r\nb,c\r\n", Options());
            reader.Read();
            reader.Read();
            Assert.Equal(2, reader.RowNumber);
            Assert.Equal(4, reader.LineNumber);
        }
    }
}
