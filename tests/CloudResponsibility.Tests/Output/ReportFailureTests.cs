using System;
using System.IO;
using System.Linq;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>
    /// A report that cannot be finished (a full disk) leaves no temporary file and the old report
    /// as it was, and says it was the report; temporary files a killed run left are removed by a
    /// later run of the same report once stale, those of a live writer never, whatever process
    /// id their name holds.
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
        public void Open_RemovesTheSameReportsTemporaryFilesOnceStale_WhateverProcessTheyName_AndNoOthers()
        {
            // Process ids say nothing across PID namespaces (containers, hosts sharing a folder): 1 runs here, and the dead one may run there.
            var old = DateTime.UtcNow - TemporaryReportFile.StaleAfter - TimeSpan.FromMinutes(5);
            var dead = DeadProcessId();
            var liveLookingFresh = directory.Write(".matrix.csv.cr-1-0badf00d.tmp", "another job's report, being written");
            var deadLookingFresh = directory.Write($".matrix.csv.cr-{dead}-0d15ea5e.tmp", "another container's report, being written");
            var liveLookingOld = directory.Write(".matrix.csv.cr-1-0c0ffee0.tmp", "half a report a killed job left");
            var otherReportOld = directory.Write($".other.csv.cr-{dead}-0badcafe.tmp", "another report's, however old");
            var notOurs = directory.Write(".matrix.csv.12345678.tmp", "someone else's");
            foreach (var path in new[] { liveLookingOld, otherReportOld, notOurs }) File.SetLastWriteTimeUtc(path, old);
            using (var session = ReportSession.Open(Path.Combine(directory.Path, "matrix.csv"), ReportFormat.Csv, ReportOptions.Default))
            {
                session.Add(new[] { "A" }, new object?[] { 1 });
                session.Commit();
            }
            Assert.True(File.Exists(liveLookingFresh));
            Assert.True(File.Exists(deadLookingFresh));
            Assert.False(File.Exists(liveLookingOld));
            Assert.True(File.Exists(otherReportOld));
            Assert.True(File.Exists(notOurs));
        }

        [Fact]
        public void Open_NeverRemovesAFileThisProcessIsWriting_HoweverOld()
        {
            var report = Path.Combine(directory.Path, "audit.html");
            using var first = new AtomicFile(report);
            File.SetLastWriteTimeUtc(first.TemporaryPath, DateTime.UtcNow - TimeSpan.FromDays(1));
            using (var second = new AtomicFile(report))
            {
                second.Stream.WriteByte((byte)'2');
                second.Commit();
            }
            Assert.True(File.Exists(first.TemporaryPath));
            first.Stream.WriteByte((byte)'1');
            first.Commit();
            Assert.Equal("1", File.ReadAllText(report));
        }

        [Fact]
        public void TouchOpen_KeepsTheFilesBeingWrittenFresh_SoThatNoOtherProcessTakesThemForStale()
        {
            using var file = new AtomicFile(Path.Combine(directory.Path, "audit.html"));
            var old = DateTime.UtcNow - TimeSpan.FromDays(1);
            File.SetLastWriteTimeUtc(file.TemporaryPath, old);
            TemporaryReportFile.TouchOpen();
            Assert.InRange(File.GetLastWriteTimeUtc(file.TemporaryPath), DateTime.UtcNow - TimeSpan.FromMinutes(1), DateTime.UtcNow + TimeSpan.FromMinutes(1));
            // A live writer is touched many times before another run could take its file for stale.
            Assert.True(TemporaryReportFile.StaleAfter >= TimeSpan.FromTicks(30 * TemporaryReportFile.Heartbeat.Ticks));
        }

        private static int DeadProcessId()
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.Id;
        }
    }
}
