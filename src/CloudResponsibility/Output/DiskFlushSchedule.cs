using System;
using System.Diagnostics;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// When a file being written is due for a flush to disk: once it has grown by
    /// <see cref="BytesPerFlush"/>, looked at every <see cref="CheckPeriod"/>, and at least once a
    /// second while it grows at all. Often enough that the flush before a report replaces the old
    /// one has little left to wait for; seldom enough that a slow trickle of rows is not flushed
    /// row by row.
    /// </summary>
    internal sealed class DiskFlushSchedule
    {
        /// <summary>How often the file's length is looked at.</summary>
        public static readonly TimeSpan CheckPeriod = TimeSpan.FromMilliseconds(100);

        /// <summary>Growth that makes a flush due at once.</summary>
        public const long BytesPerFlush = 4L << 20;

        private static readonly long MaxTicksBetweenFlushes = Stopwatch.Frequency;

        private long flushedLength;
        private long lastFlush;

        /// <summary>A schedule for a file that is empty at <paramref name="start"/> (a <see cref="Stopwatch"/> timestamp).</summary>
        public DiskFlushSchedule(long start)
        {
            lastFlush = start;
        }

        /// <summary>Whether a file of <paramref name="length"/> bytes at <paramref name="now"/> is due for a flush.</summary>
        public bool IsDue(long length, long now)
        {
            var grown = length - flushedLength;
            return grown >= BytesPerFlush || (grown > 0 && now - lastFlush >= MaxTicksBetweenFlushes);
        }

        /// <summary>The file was flushed at <paramref name="now"/> with <paramref name="length"/> bytes.</summary>
        public void Flushed(long length, long now)
        {
            flushedLength = length;
            lastFlush = now;
        }
    }
}
