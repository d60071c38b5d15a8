using System;
using System.IO;
using CloudResponsibility.Streams;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Finds where a record too long to parse really ends, reading its bytes once by RFC 4180 — a
    /// line break inside a quoted cell belongs to the cell — so that the reader skips the whole
    /// record and never takes a cell's lines for rows. While the record may still turn out to be a
    /// quote left open to the end of the input (then the rows after its first line are real rows),
    /// its bytes are kept so that reading can start again after that line; past
    /// <c>retain</c> bytes they are let go, bounding memory, and a quote then left open to the end
    /// leaves nothing after it to read.
    /// </summary>
    internal static class RecordSkipper
    {
        private const byte Quote = (byte)'"';

        // Bytes are let go in steps of this many, not one by one.
        private const int ReleaseStep = 64 * 1024;

        private enum State
        {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }

        /// <summary>Reads the record that starts at the stream's position up to the line break that ends it, or to the end of the input.</summary>
        /// <param name="source">The input, positioned at the record's first byte.</param>
        /// <param name="separator">The cell separator.</param>
        /// <param name="keep">How many bytes of the first line to return, for the error.</param>
        /// <param name="retain">How many bytes to keep, at most, so that reading can start again after the first line.</param>
        public static SkippedRecord Skip(ReplayableStream source, byte separator, int keep, long retain)
        {
            var start = source.Offset;
            var shown = new MemoryStream();
            var truncated = false;
            var firstLine = true;
            long afterFirstLine = -1;
            long lineBreaks = 0;
            var released = false;
            var state = State.FieldStart;
            var position = start;
            while (true)
            {
                var b = source.ByteAt(position);
                if (b < 0) break;
                position++;
                if (b == '\r' || b == '\n')
                {
                    if (b == '\r' && source.ByteAt(position) == '\n') position++;
                    if (state != State.Quoted)
                        return new SkippedRecord(shown.ToArray(), truncated, position, lineBreaks, closed: true, afterFirstLine);
                    lineBreaks++;
                    if (firstLine)
                    {
                        firstLine = false;
                        afterFirstLine = position;
                    }
                    continue;
                }
                if (firstLine)
                {
                    if (shown.Length < keep) shown.WriteByte((byte)b);
                    else truncated = true;
                }
                state = Next(state, (byte)b, separator);
                if (position - start > retain && position % ReleaseStep == 0)
                {
                    // Past the bound: the line after the first can no longer be returned to.
                    released = true;
                    source.Rewind(position);
                    source.Release(position);
                }
            }
            var restart = released ? -1 : afterFirstLine;
            return new SkippedRecord(shown.ToArray(), truncated, position, lineBreaks, closed: state != State.Quoted, restart);
        }

        private static State Next(State state, byte b, byte separator)
        {
            switch (state)
            {
                case State.FieldStart:
                    if (b == Quote) return State.Quoted;
                    return b == separator ? State.FieldStart : State.Unquoted;
                case State.Unquoted:
                    return b == separator ? State.FieldStart : State.Unquoted;
                case State.Quoted:
                    return b == Quote ? State.QuoteInQuoted : State.Quoted;
                default:
                    // After a closing quote: "" is an escaped quote; other text is kept, as the parser keeps it.
                    if (b == Quote) return State.Quoted;
                    return b == separator ? State.FieldStart : State.Unquoted;
            }
        }
    }

    /// <summary>What <see cref="RecordSkipper"/> found.</summary>
    internal readonly struct SkippedRecord
    {
        public SkippedRecord(byte[] firstLine, bool truncated, long end, long lineBreaks, bool closed, long afterFirstLine)
        {
            FirstLine = firstLine;
            Truncated = truncated;
            End = end;
            LineBreaks = lineBreaks;
            Closed = closed;
            AfterFirstLine = afterFirstLine;
        }

        /// <summary>The start of the record's first line, for the error.</summary>
        public byte[] FirstLine { get; }

        /// <summary>Whether <see cref="FirstLine"/> is cut.</summary>
        public bool Truncated { get; }

        /// <summary>The position after the record and its line break.</summary>
        public long End { get; }

        /// <summary>The line breaks inside the record's quoted cells.</summary>
        public long LineBreaks { get; }

        /// <summary>Whether every quoted cell of the record is closed; false for a quote left open to the end of the input.</summary>
        public bool Closed { get; }

        /// <summary>For a quote left open, the position after the record's first line while it is still held; -1 otherwise.</summary>
        public long AfterFirstLine { get; }
    }
}
