using System;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// A day as a calendar shows it: midnight of no particular zone, the form <see cref="DateParser"/>
    /// reads and reports write as the date alone (<c>2026-12-06</c>). <see cref="DateTime.Today"/> is
    /// the same day marked local, which a report would write with a time and an offset; an as-of
    /// date is made one of these wherever it comes from.
    /// </summary>
    public static class CalendarDate
    {
        /// <summary>The day of <paramref name="value"/>, its time of day and zone dropped.</summary>
        public static DateTime Of(DateTime value) => DateTime.SpecifyKind(value.Date, DateTimeKind.Unspecified);

        /// <summary>Today, on this machine's calendar.</summary>
        public static DateTime Today => Of(DateTime.Today);
    }
}
