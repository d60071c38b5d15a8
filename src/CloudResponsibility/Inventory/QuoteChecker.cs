using System;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Checks the quoting of one raw record by RFC 4180: whether a quoted cell is left open or has
    /// text after its closing quote. The CSV parser reports only the first quoting problem of a
    /// record, so a harmless stray quote (ab"c, which it keeps as text) can hide an unclosed quote
    /// later in the same record; this looks at all of it. Only records the parser flagged are
    /// checked, so its cost does not reach the common row.
    /// </summary>
    internal static class QuoteChecker
    {
        private const byte Quote = (byte)'"';

        private enum State
        {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }

        /// <summary>Whether the record has an unclosed quoted cell or text after a closing quote.</summary>
        public static bool HasUnbalancedQuote(ReadOnlySpan<byte> record, byte separator) =>
            Scan(record, separator, stopAtTextAfterClose: true, out var textAfterClose) == State.Quoted || textAfterClose;

        /// <summary>
        /// Whether the record ends inside a quoted cell: the quote it opens last is still open at its
        /// end. Text after a closing quote is kept as the parser keeps it, so that a quote opened
        /// after it is still seen.
        /// </summary>
        public static bool EndsInsideQuote(ReadOnlySpan<byte> record, byte separator) =>
            Scan(record, separator, stopAtTextAfterClose: false, out _) == State.Quoted;

        private static State Scan(ReadOnlySpan<byte> record, byte separator, bool stopAtTextAfterClose, out bool textAfterClose)
        {
            textAfterClose = false;
            var state = State.FieldStart;
            foreach (var b in record)
            {
                switch (state)
                {
                    case State.FieldStart:
                        if (b == Quote) state = State.Quoted;
                        else if (b != separator && b != '\r' && b != '\n') state = State.Unquoted;
                        break;
                    case State.Unquoted:
                        if (b == separator || b == '\r' || b == '\n') state = State.FieldStart;
                        break;
                    case State.Quoted:
                        if (b == Quote) state = State.QuoteInQuoted;
                        break;
                    case State.QuoteInQuoted:
                        if (b == Quote) state = State.Quoted; // an escaped quote ("")
                        else if (b == separator || b == '\r' || b == '\n') state = State.FieldStart;
                        else
                        {
                            textAfterClose = true;
                            if (stopAtTextAfterClose) return state;
                            state = State.Unquoted;
                        }
                        break;
                }
            }
            return state;
        }
    }
}
