using System;
using System.IO;
using System.Text;
using CloudResponsibility.Output;
using CloudResponsibility.Streams;
using CloudResponsibility.Text;
using CsvHelper;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// The records of a CSV input, numbered as a spreadsheet numbers its rows, with the damage of
    /// a bad quote contained to one line. It decodes the input to UTF-8 (detecting the encoding),
    /// parses it with CsvHelper (multi-line quoted cells allowed), and when a record turns out to
    /// be swallowed by an unbalanced quote — a quote left open runs to the end of the file — it
    /// reports the record's first line and parses again from the line after it, with a fresh
    /// parser over the bytes <see cref="ReplayableStream"/> has kept. Every line, blank ones too,
    /// is a record, so that <see cref="Row"/> matches the row Excel shows.
    /// </summary>
    internal sealed class CsvRecordSource : IDisposable
    {
        // An error shows the start of a line that is too long to read; the rest is skipped unseen.
        private const int MaxLineShown = 1024;

        // What a transcoded input's undecodable bytes become (U+FFFD in UTF-8).
        private static readonly byte[] ReplacementCharacter = { 0xEF, 0xBF, 0xBD };

        // How much of a record too long to parse is kept, so that a quote left open to the end of
        // the input can still be read past: the larger of a fixed floor and this many record limits.
        private const long MinRetainedForRestart = 32 * 1024 * 1024;
        private const int RetainedRecords = 16;

        private readonly Stream input;
        private readonly bool leaveOpen;
        private readonly TableReaderOptions options;
        private readonly CsvReaderOptions csvOptions;
        private ReplayableStream? source;
        private CsvReader? csv;
        private long segmentStart;
        private long segmentLine = 1;
        private long lastRecordStart = -1;
        private int lastRecordLength;
        private long malformedRecord = -1;
        private CsvMalformedReason malformedReason;
        private bool ended;
        private bool transcoded;

        public CsvRecordSource(Stream input, bool leaveOpen, TableReaderOptions options)
        {
            this.input = input;
            this.leaveOpen = leaveOpen;
            this.options = options;
            csvOptions = CsvReaderOptions.Default with
            {
                Separator = Separator,
                HasHeader = false, // the header is a record like any other: restarted parsers have none
                AllowLineBreaksInQuotes = true,
                SkipEmptyLines = false, // blank lines count as rows in a spreadsheet
                TrackLineNumbers = true,
                DetectSeparatorHint = false,
                TrimWhitespace = false,
                MalformedData = CsvMalformedDataHandling.Recover,
                FieldCountMismatch = CsvFieldCountHandling.Allow, // the reader checks counts against the header itself
                MaxRecordSize = options.MaxRecordBytes,
                OnMalformedRecord = OnMalformed,
            };
        }

        /// <summary>The encoding of the input; known after the first <see cref="Read"/>.</summary>
        public Encoding? Encoding { get; private set; }

        /// <summary>Whether the input looks like UTF-16 without a byte order mark, read in another encoding; known after the first <see cref="Read"/>.</summary>
        public bool LooksLikeUtf16 { get; private set; }

        /// <summary>What the source is positioned on.</summary>
        public RecordStatus Status { get; private set; }

        /// <summary>The row of the current record or bad line, as a spreadsheet numbers it.</summary>
        public long Row { get; private set; }

        /// <summary>The physical line where the current record or bad line starts.</summary>
        public long Line { get; private set; }

        /// <summary>For a bad line, its text (cut to a readable length for one too long to read).</summary>
        public string BadLine { get; private set; } = string.Empty;

        /// <summary>For a <see cref="RecordStatus.Truncated"/> record, whether the input ends in the middle of a character (else inside a quoted cell).</summary>
        public bool TruncatedInCharacter { get; private set; }

        /// <summary>The number of fields of the current record.</summary>
        public int FieldCount => Parser.FieldCount;

        /// <summary>
        /// Field <paramref name="index"/> of the current record, without the apostrophe a CSV report
        /// puts before formula-looking text (<see cref="FormulaProtection"/>): the module reads back what it wrote.
        /// </summary>
        public string GetString(int index) => FormulaProtection.Unprotect(Parser.GetString(index));

        /// <summary>Field <paramref name="index"/> of the current record, as UTF-8.</summary>
        public ReadOnlySpan<byte> GetSpan(int index) => Parser.GetSpan(index);

        /// <summary>The current record as written in the input.</summary>
        public string RawRecord => Utf8Text.Decode(Parser.RawRecord);

        /// <summary>
        /// Whether the current record is the last of the input and no line break follows it. A
        /// file whose last line lacks its line break is common and well-formed; a short row that
        /// ends so is a file cut off in the middle of that row, which only the table, knowing how
        /// many cells a row has, can tell. Looked at only when asked: it costs no common row.
        /// </summary>
        public bool EndsWithoutLineBreak =>
            Status == RecordStatus.Record && lastRecordStart >= 0 && source!.ByteAt(lastRecordStart + lastRecordLength) < 0;

        /// <summary>Moves to the next record or bad line; false at the end of the input.</summary>
        public bool Read()
        {
            if (ended) return false;
            if (csv is null) Start();
            bool read;
            try
            {
                read = csv!.Read();
            }
            catch (CsvFormatException e)
            {
                // With recovery on and counts allowed, the parser only throws for a record past MaxRecordSize.
                SkipOversizedRecord(e);
                return true;
            }
            if (!read)
            {
                ended = true;
                return false;
            }

            Row++;
            var start = segmentStart + csv.ByteOffset;
            source!.Release(start);
            var raw = csv.RawRecord;
            lastRecordStart = start;
            lastRecordLength = raw.Length;
            Line = segmentLine + csv.LineNumber - 1;
            Status = RecordStatus.Record;
            if (malformedRecord == csv.RowNumber && IsUnbalanced(raw)) SkipUnbalancedLine(raw, start);
            else if (!IsDecoded(raw)) StopUndecodable(raw, start);
            return true;
        }

        public void Dispose()
        {
            csv?.Dispose();
            source?.Dispose();
            if (!leaveOpen) input.Dispose();
        }

        // The owner decides a separator left to the file's name (TableReaderOptions.ForFile); a stream has none.
        private char Separator => options.Delimiter ?? CsvDelimiter.Default;

        private CsvReader Parser => csv ?? throw new InvalidOperationException("The source is not positioned on a record.");

        private void Start()
        {
            var sample = EncodingDetector.ReadSample(input, out var length);
            var span = new ReadOnlySpan<byte>(sample, 0, length);
            // A byte order mark is unambiguous, so it wins over the option; the option wins over a guess.
            var encoding = EncodingDetector.FromByteOrderMark(span, out var bom) ?? options.Encoding ?? EncodingDetector.Detect(span, out _);
            Encoding = encoding;
            LooksLikeUtf16 = !(encoding is UnicodeEncoding) && EncodingDetector.LooksLikeUtf16WithoutMark(span);
            Stream text = new PrefixedStream(sample, bom, length, input, leaveOpen: true);
            transcoded = encoding.CodePage != Encoding.UTF8.CodePage;
            if (transcoded) text = new Utf8TranscodingStream(text, encoding, leaveOpen: false);
            source = new ReplayableStream(text, leaveOpen: false);
            csv = CsvReader.Create(source, csvOptions, leaveOpen: true);
        }

        private void OnMalformed(CsvMalformedRecord record)
        {
            // Called while Read parses the record, before it returns it.
            if (record.Reason == CsvMalformedReason.FieldCountMismatch) return;
            malformedRecord = record.RecordNumber;
            malformedReason = record.Reason;
        }

        /// <summary>
        /// Whether every byte of the record was text in the input's encoding: UTF-8 read as it is
        /// must be valid; transcoded input shows the bytes its decoder could not read as U+FFFD.
        /// </summary>
        private bool IsDecoded(ReadOnlySpan<byte> raw)
        {
            if (transcoded) return raw.IndexOf(ReplacementCharacter) < 0;
#if NET8_0_OR_GREATER
            return System.Text.Unicode.Utf8.IsValid(raw);
#else
            return EncodingDetector.IsValidUtf8(raw, allowCutEnd: false);
#endif
        }

        /// <summary>
        /// Reports a record the encoding cannot decode, and reads no further: every later row would
        /// be read as wrongly. When all that cannot be decoded is a character the end of the input
        /// cuts, the file is cut off, not in another encoding.
        /// </summary>
        private void StopUndecodable(ReadOnlySpan<byte> raw, long start)
        {
            if (EndsInput(start, raw.Length) && CutCharacterAtEnd(raw) is int whole)
            {
                StopTruncated(raw.Slice(0, whole), inCharacter: true);
                return;
            }
            Status = RecordStatus.Undecodable;
            var lineEnd = raw.IndexOfAny((byte)'\r', (byte)'\n');
            var line = lineEnd < 0 ? raw : raw.Slice(0, lineEnd);
            BadLine = Utf8Text.Decode(line.Length > MaxLineShown ? line.Slice(0, MaxLineShown) : line);
            ended = true;
        }

        /// <summary>
        /// For a record whose only undecodable bytes are a character cut by its end, the length of
        /// what comes before that character; null when other bytes cannot be decoded either.
        /// Transcoded input shows a cut character as one U+FFFD at its very end.
        /// </summary>
        private int? CutCharacterAtEnd(ReadOnlySpan<byte> raw)
        {
            if (transcoded)
                return raw.IndexOf(ReplacementCharacter) == raw.Length - ReplacementCharacter.Length ? raw.Length - ReplacementCharacter.Length : null;
            if (!EncodingDetector.IsValidUtf8(raw, allowCutEnd: true)) return null;
            // Valid but for its end: the end is a lead byte and fewer continuation bytes than it announces.
            var lead = raw.Length - 1;
            while ((raw[lead] & 0xC0) == 0x80) lead--;
            return lead;
        }

        /// <summary>Whether nothing, not even a line break, follows <paramref name="length"/> bytes from <paramref name="start"/>.</summary>
        private bool EndsInput(long start, int length) => source!.ByteAt(start + length) < 0;

        /// <summary>Reports a record the input ends inside, and reads no further: there is nothing more to read.</summary>
        private void StopTruncated(ReadOnlySpan<byte> shown, bool inCharacter)
        {
            Status = RecordStatus.Truncated;
            TruncatedInCharacter = inCharacter;
            BadLine = Utf8Text.Decode(shown.Length > MaxLineShown ? shown.Slice(0, MaxLineShown) : shown);
            ended = true;
        }

        private bool IsUnbalanced(ReadOnlySpan<byte> raw) =>
            malformedReason == CsvMalformedReason.UnterminatedQuote
            || malformedReason == CsvMalformedReason.TextAfterClosingQuote
            || QuoteChecker.HasUnbalancedQuote(raw, (byte)Separator);

        /// <summary>
        /// Reports the record's first line, and parses again from the line after it when the record
        /// swallowed more lines. A quote the input's last line leaves open has no line after it to
        /// explain it as a slip of the pen: the file ends inside the cell, cut off.
        /// </summary>
        private void SkipUnbalancedLine(ReadOnlySpan<byte> raw, long start)
        {
            var lineEnd = raw.IndexOfAny((byte)'\r', (byte)'\n');
            var firstLine = lineEnd < 0 ? raw : raw.Slice(0, lineEnd);
            var lineBreak = lineEnd < 0 ? 0 : raw[lineEnd] == '\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == '\n' ? 2 : 1;
            var afterFirstLine = firstLine.Length + lineBreak;
            if (afterFirstLine == raw.Length && EndsInput(start, raw.Length) && QuoteChecker.EndsInsideQuote(raw, (byte)Separator))
            {
                StopTruncated(firstLine, inCharacter: false);
                return;
            }
            Status = RecordStatus.UnbalancedQuote;
            BadLine = Utf8Text.Decode(firstLine);
            if (lineEnd < 0) return;
            Restart(start + afterFirstLine, Line + 1);
        }

        /// <summary>
        /// Skips a record too long to buffer, to its real end: a quoted cell's lines are the cell's,
        /// never rows. Only a quote left open to the end of the input makes the lines after the
        /// record's first line rows again, as a shorter unclosed quote does.
        /// </summary>
        private void SkipOversizedRecord(CsvFormatException e)
        {
            // Every line is a record, so the one that failed starts where the last one returned ended.
            var start = lastRecordStart < 0 ? segmentStart : EndOfRecord(lastRecordStart, lastRecordLength);
            Row++;
            Line = e.LineNumber > 0 ? segmentLine + e.LineNumber - 1 : Line + 1;
            source!.Rewind(start);
            var retain = Math.Max(MinRetainedForRestart, RetainedRecords * (long)options.MaxRecordBytes);
            var skipped = RecordSkipper.Skip(source, (byte)Separator, MaxLineShown, retain);
            BadLine = Utf8Text.Decode(skipped.FirstLine) + (skipped.Truncated ? "…" : string.Empty);
            if (skipped.Closed)
            {
                Status = RecordStatus.TooLarge;
                Restart(skipped.End, Line + skipped.LineBreaks + 1);
            }
            else if (skipped.LineBreaks == 0 || skipped.AfterFirstLine == skipped.End)
            {
                // The quote is opened on the input's last line: the file ends inside the cell.
                Status = RecordStatus.Truncated;
                ended = true;
            }
            else if (skipped.AfterFirstLine >= 0)
            {
                Status = RecordStatus.UnbalancedQuote;
                Restart(skipped.AfterFirstLine, Line + 1);
            }
            else
            {
                // The lines after the first are no longer held: nothing more can be read.
                Status = RecordStatus.UnclosedToEnd;
                ended = true;
            }
        }

        private long EndOfRecord(long start, int length)
        {
            var end = start + length;
            var next = source!.ByteAt(end);
            if (next == '\r') return source.ByteAt(end + 1) == '\n' ? end + 2 : end + 1;
            return next == '\n' ? end + 1 : end;
        }

        private void Restart(long position, long line)
        {
            csv!.Dispose();
            source!.Rewind(position);
            segmentStart = position;
            segmentLine = line;
            lastRecordStart = -1;
            malformedRecord = -1;
            csv = CsvReader.Create(source, csvOptions, leaveOpen: true);
        }
    }
}
