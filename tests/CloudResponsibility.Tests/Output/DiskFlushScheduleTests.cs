using System.Diagnostics;
using CloudResponsibility.Output;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>When a report being written is flushed to disk: as it grows, never for nothing.</summary>
    public sealed class DiskFlushScheduleTests
    {
        private const long Start = 1_000_000;
        private static readonly long OneSecond = Stopwatch.Frequency;

        [Fact]
        public void IsDue_AFileThatHasNotGrown_IsNeverDue()
        {
            var schedule = new DiskFlushSchedule(Start);
            Assert.False(schedule.IsDue(0, Start + 60 * OneSecond));
            schedule.Flushed(100, Start);
            Assert.False(schedule.IsDue(100, Start));
            Assert.False(schedule.IsDue(100, Start + 60 * OneSecond));
        }

        [Fact]
        public void IsDue_GrownByTheFlushSize_IsDueAtOnce()
        {
            var schedule = new DiskFlushSchedule(Start);
            Assert.False(schedule.IsDue(DiskFlushSchedule.BytesPerFlush - 1, Start + 1));
            Assert.True(schedule.IsDue(DiskFlushSchedule.BytesPerFlush, Start + 1));
        }

        [Fact]
        public void IsDue_GrownALittle_IsDueASecondAfterTheLastFlush()
        {
            var schedule = new DiskFlushSchedule(Start);
            Assert.False(schedule.IsDue(10, Start + OneSecond - 1));
            Assert.True(schedule.IsDue(10, Start + OneSecond));
        }

        [Fact]
        public void Flushed_CountsGrowthAndTimeFromThatFlush()
        {
            var schedule = new DiskFlushSchedule(Start);
            var flushedAt = Start + 5 * OneSecond;
            schedule.Flushed(DiskFlushSchedule.BytesPerFlush, flushedAt);
            Assert.False(schedule.IsDue(DiskFlushSchedule.BytesPerFlush, flushedAt + 60 * OneSecond));
            Assert.False(schedule.IsDue(DiskFlushSchedule.BytesPerFlush + 10, flushedAt + OneSecond / 2));
            Assert.True(schedule.IsDue(DiskFlushSchedule.BytesPerFlush + 10, flushedAt + OneSecond));
            Assert.True(schedule.IsDue(2 * DiskFlushSchedule.BytesPerFlush, flushedAt + 1));
        }
    }
}
