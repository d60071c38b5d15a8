using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads a calendar date as spreadsheets write one, year first: <c>2027/06/30</c> and
    /// <c>2027/6/30</c> (Excel in Japan), <c>2027-06-30</c> (ISO 8601, Excel elsewhere, this
    /// tool's reports), <c>2027.6.30</c>, <c>2027年6月30日</c>, in any width, with or without a time
    /// of day after it (<c>2027/6/30 0:00</c>, <c>2027-06-30T00:00:00</c>), which is dropped. Forms
    /// with the day or month first (<c>6/30/2027</c>, <c>30/06/2027</c>) are refused: which is which
    /// depends on the machine that wrote them.
    /// </summary>
    public static class DateParser
    {
        /// <summary>The forms accepted, for messages.</summary>
        public const string Accepted = "2027/06/30, 2027/6/30, 2027-06-30, 2027.6.30, 2027年6月30日";

        private static readonly Regex Form = new Regex(
            @"^(?<y>[0-9]{4})\s*(?:[/\-.]|年)\s*(?<m>[0-9]{1,2})\s*(?:[/\-.]|月)\s*(?<d>[0-9]{1,2})\s*日?" +
            @"(?:(?:\s+|T)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|[+\-][0-9]{2}:?[0-9]{2})?)?$",
            RegexOptions.CultureInvariant);

        /// <summary>Reads a date (of no particular zone, at midnight); false for an empty cell or one that is not a valid date.</summary>
        public static bool TryParse(string? text, out DateTime date)
        {
            date = default;
            if (TextNormalizer.IsBlank(text)) return false;
            var match = Form.Match(TextNormalizer.Normalize(text!));
            if (!match.Success) return false;
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
            return true;
        }
    }
}
