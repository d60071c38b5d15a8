using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CloudResponsibility.Output;
using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>
    /// Appending to a CSV report: in the file's own encoding, its header read from a bounded
    /// prefix, the file locked for the whole append so concurrent appends lose no row.
    /// </summary>
    public sealed class ReportAppendTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        public static TheoryData<string> FileEncodings => new TheoryData<string> { "utf8BOM", "utf8NoBOM", "unicode", "bigendianunicode", "shift_jis" };

        [Theory]
        [MemberData(nameof(FileEncodings))]
        public void Commit_Appending_WritesInTheFilesOwnEncoding(string name)
        {
            var encoding = EncodingNames.Resolve(name);
            var path = Path.Combine(directory.Path, "log.csv");
            WriteWithPreamble(path, encoding, "サービス,層\r\n既存,データ\r\n");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
            {
                session.Add(new[] { "サービス", "層" }, new object?[] { "追加", "アプリ" });
                session.Commit();
                Assert.Equal(encoding.CodePage, session.Encoding.CodePage);
            }
            var expected = Preamble(encoding).Concat(encoding.GetBytes("サービス,層\r\n既存,データ\r\n追加,アプリ\r\n")).ToArray();
            Assert.Equal(expected, File.ReadAllBytes(path));
        }

        [Fact]
        public void Commit_AppendingToALastLineWithoutLineBreak_StartsANewLine()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            WriteWithPreamble(path, Encoding.Unicode, "A,B\r\n1,2");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
            {
                session.Add(new[] { "A", "B" }, new object?[] { 3, 4 });
                session.Commit();
            }
            Assert.Equal("A,B\r\n1,2\r\n3,4\r\n", File.ReadAllText(path, Encoding.Unicode));
        }

        [Fact]
        public void Open_AppendingInAnEncodingNotTheFilesOwn_Throws()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            WriteWithPreamble(path, Encoding.Unicode, "A,B\r\n1,2\r\n");
            var before = File.ReadAllBytes(path);
            var exception = Assert.Throws<ReportEncodingMismatchException>(() =>
                ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true, Encoding = EncodingNames.Resolve("utf8"), EncodingChosen = true }));
            Assert.Equal(1200, exception.FileEncoding.CodePage);
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Theory]
        [InlineData("utf8BOM")]
        [InlineData("utf8NoBOM")]
        public void Open_AppendingInUtf8WithOrWithoutMark_IsTheFilesEncoding(string chosen)
        {
            var path = Path.Combine(directory.Path, "log.csv");
            WriteWithPreamble(path, new UTF8Encoding(true), "名前\r\n一\r\n");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true, Encoding = EncodingNames.Resolve(chosen), EncodingChosen = true }))
            {
                session.Add(new[] { "名前" }, new object?[] { "二" });
                session.Commit();
            }
            Assert.Equal("\uFEFF名前\r\n一\r\n二\r\n", new UTF8Encoding(false).GetString(File.ReadAllBytes(path)));
        }

        [Fact]
        public void Open_AppendingToAnAsciiFile_TakesTheChosenEncoding()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "Name\r\none\r\n", Encoding.ASCII);
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true, Encoding = CodePages.ShiftJis, EncodingChosen = true }))
            {
                session.Add(new[] { "Name" }, new object?[] { "二" });
                session.Commit();
            }
            Assert.Equal("Name\r\none\r\n二\r\n", CodePages.ShiftJis.GetString(File.ReadAllBytes(path)));
        }

        [Fact]
        public void Open_AppendingToAFileWithoutLineBreakInItsPrefix_ThrowsNamingTheFileUnread()
        {
            var path = Path.Combine(directory.Path, "blob.csv");
            using (var blob = File.Create(path))
            {
                var chunk = Enumerable.Repeat((byte)'x', 1 << 20).ToArray();
                for (var i = 0; i < 8; i++) blob.Write(chunk, 0, chunk.Length);
            }
            var exception = Assert.Throws<ReportHeaderNotFoundException>(() => ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }));
            Assert.Equal(Path.GetFullPath(path), exception.Path);
            Assert.Equal(AppendTarget.HeaderLimit, exception.BytesRead);
            Assert.True(exception.Message.Length < 1000);
            Assert.Equal(8L << 20, new FileInfo(path).Length);
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void Commit_AppendingToAHeaderOnlyFileWithoutLineBreak_AppendsOnANewLine()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "A,\"B\r\nC\"");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
            {
                session.Add(new[] { "A", "B\r\nC" }, new object?[] { 1, 2 });
                session.Commit();
            }
            Assert.Equal("A,\"B\r\nC\"\r\n1,2\r\n", File.ReadAllText(path));
        }

        [Fact]
        public void Commit_AppendingToAnEmptyFile_WritesAHeader()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllBytes(path, Array.Empty<byte>());
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
            {
                session.Add(new[] { "A" }, new object?[] { 1 });
                session.Commit();
            }
            Assert.Equal("\uFEFFA\r\n1\r\n", new UTF8Encoding(false).GetString(File.ReadAllBytes(path)));
        }

        [Fact]
        public void Dispose_WithoutCommit_LeavesTheFileAsItWas()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "A\r\n1\r\n");
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }))
                session.Add(new[] { "A" }, new object?[] { 2 });
            Assert.Equal("A\r\n1\r\n", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public async Task Commit_TwoConcurrentAppends_LoseNoRow()
        {
            const int rowsEach = 20_000;
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "Writer,Row\r\n");
            using var bothOpen = new Barrier(2);
            void Append(string writer)
            {
                bothOpen.SignalAndWait(TimeSpan.FromSeconds(30));
                using var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true });
                for (var i = 0; i < rowsEach; i++) session.Add(new[] { "Writer", "Row" }, new object?[] { writer, i });
                session.Commit();
            }
            await Task.WhenAll(Task.Run(() => Append("a")), Task.Run(() => Append("b")));
            var lines = File.ReadAllLines(path);
            Assert.Equal("Writer,Row", lines[0]);
            Assert.Equal(rowsEach, lines.Count(line => line.StartsWith("a,", StringComparison.Ordinal)));
            Assert.Equal(rowsEach, lines.Count(line => line.StartsWith("b,", StringComparison.Ordinal)));
            Assert.Equal(1 + 2 * rowsEach, lines.Length);
        }

        [Fact]
        public void Open_WhileAnotherAppendHoldsTheFile_WaitsUntilCancelled()
        {
            var path = Path.Combine(directory.Path, "log.csv");
            File.WriteAllText(path, "A\r\n");
            using var first = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true });
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            Assert.ThrowsAny<OperationCanceledException>(() => ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default with { Append = true }, cancellation.Token));
        }

        private static byte[] Preamble(Encoding encoding) => encoding.GetPreamble();

        private static void WriteWithPreamble(string path, Encoding encoding, string text) =>
            File.WriteAllBytes(path, Preamble(encoding).Concat(encoding.GetBytes(text)).ToArray());
    }
}
