using System;
using System.Collections;
using System.Globalization;
using System.Text;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Turns a property value into the text a report cell holds, the same way every time and in
    /// every culture: invariant numbers, ISO 8601 dates, enums by name, lists joined with <c>;</c>.
    /// A calendar date — a <see cref="DateTime"/> of no particular zone at midnight, such as a
    /// certificate's expiry — is written as the date alone (<c>2027-06-30</c>), as a spreadsheet
    /// user writes it and as the readers read it back.
    /// </summary>
    public static class ReportValue
    {
        /// <summary>The cell text of a value; null for null.</summary>
        public static string? Format(object? value)
        {
            switch (value)
            {
                case null: return null;
                case string text: return text;
                case bool flag: return flag ? "True" : "False";
                case Enum member: return member.ToString();
                case DateTime dateTime: return dateTime.ToString(IsDate(dateTime) ? "yyyy-MM-dd" : "o", CultureInfo.InvariantCulture);
                case DateTimeOffset dateTimeOffset: return dateTimeOffset.ToString("o", CultureInfo.InvariantCulture);
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                case IValueList list: return list.ToString();
                case IEnumerable sequence: return Join(sequence);
                default: return value.ToString();
            }
        }

        /// <summary>Whether a value is a calendar date: no zone, no time of day.</summary>
        public static bool IsDate(DateTime value) => value.Kind == DateTimeKind.Unspecified && value.TimeOfDay == TimeSpan.Zero;

        private static string Join(IEnumerable sequence)
        {
            var builder = new StringBuilder();
            foreach (var item in sequence)
            {
                if (builder.Length > 0) builder.Append(';');
                builder.Append(Format(item));
            }
            return builder.ToString();
        }
    }
}
