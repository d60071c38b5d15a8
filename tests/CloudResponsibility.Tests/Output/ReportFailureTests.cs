using System;
using System.IO;
using System.Linq;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>
    /// A report that cannot be finished (a full disk) leaves no temporary file and the old report
    /// as it was, and says it was the report; temporary files a dead process left are removed by
    /// the next run, those of a live one never.
    /// </summary>
    public sealed class ReportFailureTests : IDisposable
    {
        private const string OldReport = "yesterday's report\r\n";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private string[] FileNames() => Directory.GetFiles(directory.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

        [Theory]
        [InlineData(ReportFormat.Csv, 100, false)]
        [InlineData(ReportFormat.Csv, 200_000, false)]
        [InlineData(ReportFormat.Xlsx, 100, false)]
        [InlineData(ReportFormat.Xlsx, 200_000, false)]
        [InlineData(ReportFormat.Xlsx, 100, true)]
        [InlineData(ReportFormat.Xlsx, 200_000, true)]
        public void FullDisk_WhileWriting_ThrowsReportWriteExceptionAndLeavesNoTemporaryFile(ReportFormat format, int capacity, bool compressAside)
        {
            var name = format == ReportFormat.Xlsx ? "report.xlsx" : "report.csv";
            var report = directory.Write(name, OldReport);
            var session = ReportSession.Open(report, format, ReportOptions.Default with { CompressWorkbookAside = compressAside }, default, stream => new FullDiskStream(stream, capacity));
            var failure = Record.Exception(() =>
            {
                for (var i = 0; i < 100_000; i++) session.Add(new[] { "Id", "Text" }, new object?[] { i, "some text to fill the disk" });
                session.Commit();
            });
            session.Dispose();

            var written = Assert.IsAssignableFrom<IOException>(failure);
            Assert.Contains("No space left on device", written.Message + written.InnerException?.Message);
            if (written is ReportWriteException named) Assert.Equal(report, named.Path);
            Assert.Equal(new[] { name }, FileNames());
            Assert.Equal(OldReport, File.ReadAllText(report));
        }

        [Fact]
        public void TemporaryName_IsShortHiddenAndNamesItsProcess()
        {
            var name = Path.GetFileName(TemporaryReportFile.NameFor(Path.Combine(directory.Path, new string('r', 240) + ".csv")));
            Assert.StartsWith(".rrrr", name);
            Assert.True(name.Length < 64, name);
            Assert.Equal(Environment.ProcessId, TemporaryReportFile.OwnerOf(name));
        }

        [Theory]
        [InlineData("report.csv")]
        [InlineData(".report.csv.1a2b3c4d.tmp")]
        [InlineData(".report.csv.cr-12x-1a2b3c4d.tmp")]
        [InlineData(".report.csv.cr-12-1a2b.tmp")]
        public void OwnerOf_NamesNotMadeByTheModule_AreNotItsOwn(string name) => Assert.Null(TemporaryReportFile.OwnerOf(name));

        [Fact]
        public void Open_RemovesTheTemporaryFilesOfProcessesThatNoLongerRun_AndKeepsTheOthers()
        {
            var dead = DeadProcessId();
            var stale = directory.Write($".matrix.csv.cr-{dead}-0badf00d.tmp", "half a report");
            var live = directory.Write($".matrix.csv.cr-{Environment.ProcessId}-0c0ffee0.tmp", "a report being written");
            var foreign = directory.Write(".matrix.csv.12345678.tmp", "someone else's");
            using (var session = ReportSession.Open(Path.Combine(directory.Path, "other.csv"), ReportFormat.Csv, ReportOptions.Default))
            {
                session.Add(new[] { "A" }, new object?[] { 1 });
                session.Commit();
            }
            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(live));
            Assert.True(File.Exists(foreign));
        }

        private static int DeadProcessId()
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.Id;
        }
    }
}
