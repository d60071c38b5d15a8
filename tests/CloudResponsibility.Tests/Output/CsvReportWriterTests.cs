using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using CsvHelper;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The CSV writer: the bytes CsvHelper writes, formula cells escaped by its CsvInjection.Escape.</summary>
    public sealed class CsvReportWriterTests : IDisposable
    {
        private static readonly string[] Cells =
        {
            "=1+2", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "=a,b", "=\"q\"", "-", "=HYPERLINK(\"http://e.com\",\"x\")",
            "plain", "", "a,b", "say \"hi\"", "line1\r\nline2", " padded ", "責任共有", "x=1", "'already", "1-2",
        };

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Cell_TextCells_WritesTheBytesOfCsvHelpersInjectionSetting(bool protect)
        {
            var written = new MemoryStream();
            using (var writer = new CsvReportWriter(written, ReportOptions.Default with { FormulaProtection = protect, Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteHeader(new[] { "Value", "Number" });
                foreach (var cell in Cells) WriteRow(writer, cell, -5);
                writer.Finish();
            }
            var expected = new MemoryStream();
            using (var csv = CsvWriter.Create(expected, CsvWriterOptions.Default with { Injection = protect ? CsvInjection.Escape : CsvInjection.None }, leaveOpen: true))
            {
                csv.WriteField("Value");
                csv.WriteField("Number");
                csv.EndRecord();
                foreach (var cell in Cells)
                {
                    csv.WriteField(cell);
                    csv.WriteField(-5, default);
                    csv.EndRecord();
                }
            }
            Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(written.ToArray()));
            if (protect) Assert.Contains("\"'=1+2\",-5", Encoding.UTF8.GetString(written.ToArray()));
        }

        [Fact]
        public void Cell_TypedValues_AreInvariantAndListsAreJoined()
        {
            var written = new MemoryStream();
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            try
            {
                using var writer = new CsvReportWriter(written, ReportOptions.Default with { Encoding = new UTF8Encoding(false) });
                writer.WriteHeader(new[] { "A", "B", "C", "D", "E", "F" });
                WriteRow(writer, 1.5, true, Layer.GuestOS, new ValueList<string>(new[] { "JP", "US" }), new DateTime(2026, 11, 23, 3, 0, 0, DateTimeKind.Utc), null);
                writer.Finish();
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
            Assert.Equal("A,B,C,D,E,F\r\n1.5,True,GuestOS,JP;US,2026-11-23T03:00:00.0000000Z,\r\n", Encoding.UTF8.GetString(written.ToArray()));
        }

        [Fact]
        public void Cell_CalendarDate_IsWrittenAsTheDateAlone()
        {
            var written = new MemoryStream();
            using (var writer = new CsvReportWriter(written, ReportOptions.Default with { Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteHeader(new[] { "ValidUntil", "Local" });
                WriteRow(writer, new DateTime(2027, 6, 30), new DateTime(2027, 6, 30, 0, 0, 0, DateTimeKind.Local));
                writer.Finish();
            }
            var row = Encoding.UTF8.GetString(written.ToArray()).Split("\r\n")[1];
            Assert.StartsWith("2027-06-30,2027-06-30T00:00:00.0000000", row);
            Assert.Equal("2027-06-30", ReportValue.Format(new DateTime(2027, 6, 30)));
        }

        [Fact]
        public void WriteHeader_OnAStreamThatHoldsAReport_IsNotWrittenAgain()
        {
            var written = new MemoryStream();
            written.Write(Encoding.UTF8.GetBytes("A,B\r\n1,2\r\n"));
            using (var writer = new CsvReportWriter(written, ReportOptions.Default))
            {
                writer.WriteHeader(new[] { "A", "B" });
                WriteRow(writer, 3, 4);
                writer.Finish();
            }
            Assert.Equal("A,B\r\n1,2\r\n3,4\r\n", Encoding.UTF8.GetString(written.ToArray()));
        }

        [Fact]
        public void AtomicFile_DisposedWithoutCommit_LeavesTheDestinationAndNoTemporaryFile()
        {
            var path = Path.Combine(directory.Path, "report.csv");
            File.WriteAllText(path, "old");
            using (var file = new AtomicFile(path))
            {
                file.Stream.Write(new byte[] { 1, 2, 3 }, 0, 3);
            }
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void ReportSession_RowsOfOtherShapes_AreMatchedByNameAndExtraNamesReported()
        {
            var path = Path.Combine(directory.Path, "shapes.csv");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Encoding = new UTF8Encoding(false) }))
            {
                session.Add(new[] { "A", "B" }, new object?[] { 1, 2 });
                session.Add(new[] { "B", "C", "A" }, new object?[] { 3, 4, 5 });
                for (var i = 0; i < 2000; i++) session.Add(new[] { "A", "B" }, new object?[] { i, i });
                session.Commit();
                Assert.Equal(new[] { "C" }, session.DroppedColumns);
                Assert.Equal(2002, session.RowCount);
            }
            var lines = File.ReadAllLines(path);
            Assert.Equal(new[] { "A,B", "1,2", "5,3", "0,0" }, lines.Take(4));
            Assert.Equal("1999,1999", lines.Last());
        }

        [Fact]
        public void ReportSession_NoRows_WritesAnEmptyCsvAndAnEmptyJsonArray()
        {
            var csv = Path.Combine(directory.Path, "empty.csv");
            var json = Path.Combine(directory.Path, "empty.json");
            using (var session = ReportSession.Open(csv, ReportFormat.Csv, ReportOptions.Default)) session.Commit();
            using (var session = ReportSession.Open(json, ReportFormat.Json, ReportOptions.Default)) session.Commit();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(csv));
            Assert.Equal("[]", File.ReadAllText(json).Replace("\n", "").Replace(" ", ""));
        }

        private static void WriteRow(ReportWriter writer, params object?[] cells)
        {
            writer.StartRow();
            foreach (var cell in cells) writer.Cell(cell);
            writer.EndRow();
        }
    }
}
