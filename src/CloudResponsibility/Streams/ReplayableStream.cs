using System;
using System.Buffers;
using System.IO;

namespace CloudResponsibility.Streams
{
    /// <summary>
    /// A forward-only stream that keeps the bytes it has handed out since a position the reader
    /// names (<see cref="Release"/>), so that reading can start again from any of them
    /// (<see cref="Rewind"/>). The CSV parser reads ahead of the record it returns; when a record
    /// turns out to be swallowed by an unbalanced quote, the reader rewinds to the line after the
    /// bad one and parses from there with a fresh parser. The reader releases each record's start
    /// as it goes, so what is kept stays about one parser buffer long: memory does not grow with
    /// the file. The history is rented from the shared pool and given back when the stream is
    /// disposed: at its size a new array per file would be a large object, which a script that
    /// imports many small files would pay for in collections.
    /// </summary>
    internal sealed class ReplayableStream : ReadOnlyStream
    {
        private const int InitialCapacity = 256 * 1024;
        private const int ChunkSize = 64 * 1024;

        private readonly Stream inner;
        private readonly bool leaveOpen;
        private byte[] history = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        private long historyStart;
        private int historyLength;
        private long keepFrom;
        private bool innerEnded;

        public ReplayableStream(Stream inner, bool leaveOpen)
        {
            this.inner = inner;
            this.leaveOpen = leaveOpen;
        }

        /// <summary>The position of the next byte to be read, counted from the start of the input.</summary>
        public long Offset { get; private set; }

        private long HistoryEnd => historyStart + historyLength;

        /// <summary>Says that no rewind will go before <paramref name="position"/>: the bytes before it may be dropped.</summary>
        public void Release(long position)
        {
            if (position > keepFrom) keepFrom = Math.Min(position, Offset);
        }

        /// <summary>Makes the next read start at <paramref name="position"/>, a position at or after the last release.</summary>
        public void Rewind(long position)
        {
            if (position < historyStart || position < keepFrom || position > HistoryEnd)
                throw new InvalidOperationException($"Position {position} is no longer held (held: {Math.Max(historyStart, keepFrom)} to {HistoryEnd}).");
            Offset = position;
        }

        /// <summary>The byte at a held position, or -1 at the end of the input.</summary>
        public int ByteAt(long position)
        {
            if (position < historyStart || position < keepFrom) throw new InvalidOperationException($"Position {position} is no longer held.");
            while (position >= HistoryEnd)
                if (!Pull()) return -1;
            return history[position - historyStart];
        }

        /// <summary>
        /// Reads past the next line break (CR, LF or CR LF) or to the end of the input, releasing
        /// the bytes as it goes. Returns the first <paramref name="keep"/> bytes of the line.
        /// </summary>
        public byte[] SkipLine(int keep, out bool truncated, out int quotes, byte quote)
        {
            var kept = new MemoryStream();
            quotes = 0;
            truncated = false;
            while (true)
            {
                var b = ByteAt(Offset);
                if (b < 0) break;
                Offset++;
                if (b == '\n') break;
                if (b == '\r')
                {
                    if (ByteAt(Offset) == '\n') Offset++;
                    break;
                }
                if (b == quote) quotes++;
                if (kept.Length < keep) kept.WriteByte((byte)b);
                else
                {
                    truncated = true;
                    Release(Offset);
                }
            }
            Release(Offset);
            return kept.ToArray();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            return Read(new Span<byte>(buffer, offset, count));
        }

#if NET
        public override int Read(Span<byte> buffer)
#else
        private int Read(Span<byte> buffer)
#endif
        {
            if (buffer.Length == 0) return 0;
            if (Offset >= HistoryEnd && !Pull()) return 0;
            var n = (int)Math.Min(buffer.Length, HistoryEnd - Offset);
            history.AsSpan((int)(Offset - historyStart), n).CopyTo(buffer);
            Offset += n;
            return n;
        }

        /// <summary>Reads the next chunk of the input into the history; false at the end of the input.</summary>
        private bool Pull()
        {
            if (innerEnded) return false;
            MakeRoom(ChunkSize);
            var n = inner.Read(history, historyLength, history.Length - historyLength);
            if (n == 0)
            {
                innerEnded = true;
                return false;
            }
            historyLength += n;
            return true;
        }

        private void MakeRoom(int wanted)
        {
            if (history.Length - historyLength >= wanted) return;
            var drop = (int)Math.Max(0, Math.Min(keepFrom - historyStart, historyLength));
            if (drop > 0)
            {
                Buffer.BlockCopy(history, drop, history, 0, historyLength - drop);
                historyStart += drop;
                historyLength -= drop;
            }
            if (history.Length - historyLength >= wanted) return;
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(history.Length * 2, historyLength + wanted));
            Buffer.BlockCopy(history, 0, grown, 0, historyLength);
            ArrayPool<byte>.Shared.Return(history);
            history = grown;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (!leaveOpen) inner.Dispose();
                if (history.Length > 0) ArrayPool<byte>.Shared.Return(history);
                history = Array.Empty<byte>();
                historyStart = historyLength = 0;
                innerEnded = true;
            }
            base.Dispose(disposing);
        }
    }
}
