using System;

namespace CloudResponsibility.Xlsx
{
    /// <summary>
    /// Dates as Excel stores them: a serial number of days, 1 for 1900-01-01, with the time of day
    /// as the fraction. Excel counts a 29 February 1900 that never was, so day 60 does not exist
    /// and serials from 61 (1900-03-01) are days since 1899-12-30: the only ones written here.
    /// </summary>
    public static class ExcelDate
    {
        private static readonly DateTime Epoch = new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);
        private static readonly DateTime FirstWritable = new DateTime(1900, 3, 1);

        /// <summary>The serial of a date and time; false before 1900-03-01, which Excel counts differently.</summary>
        public static bool TryToSerial(DateTime value, out double serial)
        {
            serial = 0;
            if (value < FirstWritable) return false;
            serial = (value - Epoch).Ticks / (double)TimeSpan.TicksPerDay;
            return true;
        }

        /// <summary>The date and time of a serial, to the millisecond; false outside the years Excel shows (1900 to 9999).</summary>
        public static bool TryFromSerial(double serial, out DateTime value)
        {
            value = default;
            if (double.IsNaN(serial) || serial < 1 || serial >= 2958466) return false;
            // Serials below 61 are the days before the missing 29 February 1900: one day later than days since the epoch say.
            var days = serial < 61 ? serial + 1 : serial;
            var milliseconds = Math.Round(days * 86400000d);
            value = Epoch.AddMilliseconds(milliseconds);
            return true;
        }
    }
}
