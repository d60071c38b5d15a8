using System;
using System.IO;
using System.Linq;
using System.Threading;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The file a report is written to: complete or not there, whatever happens while it is written.</summary>
    public sealed class AtomicFileTests : IDisposable
    {
        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        private static void WriteAndCommit(string path, string content)
        {
            using var file = new AtomicFile(path);
            var bytes = System.Text.Encoding.ASCII.GetBytes(content);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Commit();
        }

        [Fact]
        public void Commit_WithNoClobber_WhenTheFileAppearedMeanwhile_LeavesItAndDiscardsTheContent()
        {
            var path = Path.Combine(directory.Path, "appeared.csv");
            using (var file = new AtomicFile(path, noClobber: true))
            {
                file.Stream.Write(new byte[] { (byte)'n' }, 0, 1);
                File.WriteAllText(path, "someone else's");
                Assert.Throws<IOException>(() => file.Commit());
            }
            Assert.Equal("someone else's", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void Commit_WithNoClobber_WhenNoFileIsThere_CreatesIt()
        {
            var path = Path.Combine(directory.Path, "new.csv");
            using (var file = new AtomicFile(path, noClobber: true))
            {
                file.Stream.Write(new byte[] { (byte)'n' }, 0, 1);
                file.Commit();
            }
            Assert.Equal("n", File.ReadAllText(path));
        }

        [Fact]
        public void Commit_OverAFileOnlyItsOwnerMayRead_KeepsItsMode()
        {
            if (OperatingSystem.IsWindows()) return;
            var path = Path.Combine(directory.Path, "private.csv");
            File.WriteAllText(path, "old");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            WriteAndCommit(path, "new");
            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        [Fact]
        public void Commit_OverASymbolicLink_ReplacesItsTargetAndKeepsTheLink()
        {
            var target = Path.Combine(directory.Path, "reports", "real.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, "old");
            var link = Path.Combine(directory.Path, "latest.csv");
            try
            {
                File.CreateSymbolicLink(link, target);
            }
            catch (Exception exception) when (exception is UnauthorizedAccessException || exception is IOException)
            {
                return; // Windows without the privilege to create links.
            }
            WriteAndCommit(link, "new");
            Assert.Equal("new", File.ReadAllText(target));
            Assert.Equal(target, new FileInfo(link).LinkTarget);
            Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
        }

        [Fact]
        public void Commit_OverAFileSomeoneIsReading_ReplacesItAndTheReaderKeepsTheOldContent()
        {
            var path = Path.Combine(directory.Path, "report.csv");
            File.WriteAllText(path, "old report");
            // Windows refuses to replace a file that is open; Unix replaces it and the reader keeps its file.
            using var reader = OperatingSystem.IsWindows() ? null : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using (var file = new AtomicFile(path))
            {
                file.Stream.Write(new byte[] { (byte)'n', (byte)'e', (byte)'w' }, 0, 3);
                file.Commit();
            }
            Assert.Equal("new", File.ReadAllText(path));
            if (reader is not null) Assert.Equal("old report", new StreamReader(reader).ReadToEnd());
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        // The file is flushed to disk in the background while it is written, at least once a second
        // while it grows: these write for longer than that, so background flushes run beside the
        // writes and the end.
        [Fact]
        public void Commit_AfterWritingForLongerThanASecond_HasEveryByteInOrder()
        {
            var path = Path.Combine(directory.Path, "long.csv");
            File.WriteAllText(path, "yesterday");
            var written = WriteForAWhile(path, commit: true);
            Assert.Equal(written, File.ReadAllBytes(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        [Fact]
        public void Dispose_AfterWritingForLongerThanASecond_LeavesTheOldFileAndNoTemporaryFile()
        {
            var path = Path.Combine(directory.Path, "abandoned.csv");
            File.WriteAllText(path, "yesterday");
            WriteForAWhile(path, commit: false);
            Assert.Equal("yesterday", File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(directory.Path));
        }

        private static byte[] WriteForAWhile(string path, bool commit)
        {
            var chunk = Enumerable.Range(0, 1 << 16).Select(i => (byte)(i % 251)).ToArray();
            using var content = new MemoryStream();
            using var file = new AtomicFile(path);
            var until = DateTime.UtcNow.AddSeconds(1.3);
            var round = 0;
            while (DateTime.UtcNow < until)
            {
                chunk[0] = (byte)round++;
                file.Stream.Write(chunk, 0, chunk.Length);
                content.Write(chunk, 0, chunk.Length);
                Thread.Sleep(20);
            }
            if (commit) file.Commit();
            return content.ToArray();
        }
    }
}
