using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CloudResponsibility.Output.Formats;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// An existing CSV report that rows are appended to, held under an exclusive lock from the
    /// reading of its header to the last appended byte, so that two appends to one file run one
    /// after the other and lose no row. Its header is read in the file's own encoding (byte order
    /// mark, else UTF-8 or Shift_JIS as the inventory reader tells them) from a bounded prefix,
    /// and rows are appended in that encoding. The rows are written to a temporary file first and
    /// copied to the end of the report only when complete: a stopped or failed export leaves the
    /// report as it was, and the file keeps its identity (permissions, links, other hard links).
    /// </summary>
    internal sealed class AppendTarget : IDisposable
    {
        /// <summary>How much of the file is read to find the header's end: far more than any header, far less than a large report.</summary>
        public const int HeaderLimit = 1024 * 1024;

        // How often a file another append holds is tried again.
        private const int LockRetryMilliseconds = 50;

        private readonly FileStream stream;
        private readonly string path;
        private readonly bool restoreReadOnly;
        private readonly bool replaceContent;

        private AppendTarget(FileStream stream, string path, bool restoreReadOnly, Encoding encoding, IReadOnlyList<string>? header, bool replaceContent)
        {
            this.stream = stream;
            this.path = path;
            this.restoreReadOnly = restoreReadOnly;
            Encoding = encoding;
            Header = header;
            this.replaceContent = replaceContent;
        }

        /// <summary>The encoding rows are appended in: the file's own.</summary>
        public Encoding Encoding { get; }

        /// <summary>The file's columns; null for a file without content, which gets a header of its own.</summary>
        public IReadOnlyList<string>? Header { get; }

        /// <summary>
        /// Locks the existing file at <paramref name="path"/> (waiting while another append holds
        /// it, until <paramref name="cancellation"/>) and reads its header; null when there is no
        /// file, which is then written as a new report.
        /// </summary>
        /// <exception cref="ReportHeaderNotFoundException">No line end within <see cref="HeaderLimit"/> bytes.</exception>
        /// <exception cref="ReportEncodingMismatchException">The chosen encoding is not the file's.</exception>
        public static AppendTarget? Open(string path, ReportOptions options, CancellationToken cancellation)
        {
            var info = new FileInfo(path);
            if (!info.Exists) return null;
            var readOnly = info.IsReadOnly;
            if (readOnly && !options.ReplaceReadOnly) throw new UnauthorizedAccessException($"'{path}' is read-only.");
            if (readOnly) info.IsReadOnly = false;
            FileStream? stream = null;
            try
            {
                stream = Lock(path, cancellation);
                if (stream is null)
                {
                    if (readOnly && File.Exists(path)) new FileInfo(path).IsReadOnly = true;
                    return null;
                }
                var target = Read(stream, path, readOnly, options);
                stream = null;
                return target;
            }
            catch
            {
                stream?.Dispose();
                if (readOnly && File.Exists(path)) new FileInfo(path).IsReadOnly = true;
                throw;
            }
        }

        /// <summary>
        /// Copies <paramref name="rows"/> (from its start) to the end of the file, after a line
        /// break if its last line lacks one; on failure the file is cut back to its old length.
        /// </summary>
        public void Append(Stream rows)
        {
            var oldLength = stream.Length;
            try
            {
                if (replaceContent) stream.SetLength(0);
                else if (NeedsLineBreak())
                {
                    var lineBreak = Encoding.GetBytes("\r\n");
                    stream.Seek(0, SeekOrigin.End);
                    stream.Write(lineBreak, 0, lineBreak.Length);
                }
                stream.Seek(0, SeekOrigin.End);
                rows.Position = 0;
                rows.CopyTo(stream);
                stream.Flush(flushToDisk: true);
            }
            catch
            {
                try
                {
                    stream.SetLength(oldLength);
                    stream.Flush(flushToDisk: true);
                }
                catch (IOException)
                {
                    // The disk that failed the append fails the repair too: the first error is the one to report.
                }
                throw;
            }
        }

        /// <summary>Releases the lock; a read-only file is read-only again.</summary>
        public void Dispose()
        {
            stream.Dispose();
            if (restoreReadOnly && File.Exists(path)) new FileInfo(path).IsReadOnly = true;
        }

        private static FileStream? Lock(string path, CancellationToken cancellation)
        {
            while (true)
            {
                cancellation.ThrowIfCancellationRequested();
                try
                {
                    return new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                }
                catch (FileNotFoundException)
                {
                    return null;
                }
                catch (IOException exception) when (IsHeldByAnother(exception))
                {
                    cancellation.WaitHandle.WaitOne(LockRetryMilliseconds);
                }
            }
        }

        /// <summary>Whether opening failed because another handle holds the file: a sharing or lock violation (Windows), EWOULDBLOCK (Linux 11, macOS 35).</summary>
        private static bool IsHeldByAnother(IOException exception)
        {
            var code = exception.HResult;
            if ((code & 0xFFFF0000) == 0x80070000) return (code & 0xFFFF) == 32 || (code & 0xFFFF) == 33;
            return code == 11 || code == 35;
        }

        private static AppendTarget Read(FileStream stream, string path, bool readOnly, ReportOptions options)
        {
            var prefix = new byte[(int)Math.Min(stream.Length, HeaderLimit)];
            var length = 0;
            while (length < prefix.Length)
            {
                var n = stream.Read(prefix, length, prefix.Length - length);
                if (n == 0) break;
                length += n;
            }
            var wholeFile = length == stream.Length;
            var bom = EncodingDetector.FromByteOrderMark(prefix.AsSpan(0, length), out var bomLength);
            var determined = bom is not null || !IsAscii(prefix, length);
            var fileEncoding = bom ?? EncodingDetector.Detect(prefix.AsSpan(0, length), out _);
            var encoding = Choose(path, options, fileEncoding, determined);
            var text = encoding.GetString(prefix, bomLength, length - bomLength);
            var end = HeaderEnd(text);
            if (end < 0 && !wholeFile) throw new ReportHeaderNotFoundException(path, HeaderLimit);
            var headerText = end < 0 ? text : text.Substring(0, end);
            if (headerText.Trim().Length == 0)
            {
                // A file of only a byte order mark or blank lines: written anew, in the encoding its mark names.
                if (wholeFile && text.Trim().Length == 0)
                    return new AppendTarget(stream, path, readOnly, bom is null ? options.Encoding : encoding, null, replaceContent: true);
                throw new ReportHeaderNotFoundException(path, HeaderLimit);
            }
            var readerOptions = CsvReaderOptions.Default with { Separator = options.Delimiter ?? CsvDelimiter.ForFile(path) };
            using var reader = CsvReader.FromText(headerText, readerOptions);
            var header = reader.Headers.ToArray();
            if (options.FormulaProtection) header = Array.ConvertAll(header, FormulaProtection.Unprotect);
            return new AppendTarget(stream, path, readOnly, encoding, header, replaceContent: false);
        }

        /// <summary>
        /// The encoding rows are appended in: the file's. A chosen one must be the file's (a byte
        /// order mark aside); a file of ASCII only takes any encoding that writes ASCII as ASCII.
        /// </summary>
        private static Encoding Choose(string path, ReportOptions options, Encoding fileEncoding, bool determined)
        {
            if (determined)
            {
                if (options.EncodingChosen && options.Encoding.CodePage != fileEncoding.CodePage)
                    throw new ReportEncodingMismatchException(path, fileEncoding, options.Encoding);
                return options.EncodingChosen ? options.Encoding : fileEncoding;
            }
            if (WritesAsciiAsAscii(options.Encoding)) return options.Encoding;
            if (options.EncodingChosen) throw new ReportEncodingMismatchException(path, fileEncoding, options.Encoding);
            return fileEncoding;
        }

        /// <summary>Where the first line ends (a line break outside quotes), or -1.</summary>
        private static int HeaderEnd(string text)
        {
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"') quoted = !quoted;
                else if (!quoted && (c == '\r' || c == '\n')) return i;
            }
            return -1;
        }

        private bool NeedsLineBreak()
        {
            var lineFeed = Encoding.GetBytes("\n");
            var carriageReturn = Encoding.GetBytes("\r");
            if (stream.Length < lineFeed.Length) return false;
            var tail = new byte[lineFeed.Length];
            stream.Seek(-tail.Length, SeekOrigin.End);
            var read = 0;
            while (read < tail.Length)
            {
                var n = stream.Read(tail, read, tail.Length - read);
                if (n == 0) break;
                read += n;
            }
            return !(SameBytes(tail, lineFeed) || SameBytes(tail, carriageReturn));
        }

        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
                if (a[i] != b[i]) return false;
            return true;
        }

        private static bool IsAscii(byte[] bytes, int length)
        {
            for (var i = 0; i < length; i++)
                if (bytes[i] >= 0x80) return false;
            return true;
        }

        private static bool WritesAsciiAsAscii(Encoding encoding)
        {
            const string sample = "Az09,\"\r\n";
            var bytes = encoding.GetBytes(sample);
            if (bytes.Length != sample.Length) return false;
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] != sample[i]) return false;
            return true;
        }
    }
}
