using System;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Disclosure.Caiq;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    /// <summary>
    /// An as-of date is a calendar date wherever it comes from: DateTime.Today is marked local, and
    /// a report would write it with a time and an offset (2026-12-06T00:00:00.0000000+09:00).
    /// </summary>
    public sealed class CalendarDateTests
    {
        private static readonly DateTime LocalEvening = new DateTime(2026, 12, 6, 21, 30, 0, DateTimeKind.Local);

        [Fact]
        public void Of_ALocalTime_IsTheDayAloneAndWrittenSo()
        {
            var day = CalendarDate.Of(LocalEvening);
            Assert.Equal((new DateTime(2026, 12, 6), DateTimeKind.Unspecified), (day, day.Kind));
            Assert.Equal("2026-12-06", ReportValue.Format(day));
            Assert.Equal(DateTimeKind.Unspecified, CalendarDate.Today.Kind);
            Assert.Equal(DateTime.Today, CalendarDate.Today);
        }

        [Fact]
        public void AsOf_OfAnAuditOrAnEvaluator_IsACalendarDate_DefaultOrGiven()
        {
            var catalog = CloudCatalog.Default.In(Language.En);
            Assert.Equal("2026-12-06", ReportValue.Format(new DisclosureEvaluator(catalog, LocalEvening).AsOf));
            Assert.Equal("2026-12-06", ReportValue.Format(new CaiqEvaluator(catalog, LocalEvening).AsOf));
            Assert.Equal("2026-12-06", ReportValue.Format((AuditOptions.Default with { AsOf = LocalEvening }).AsOf));
            Assert.Equal(DateTimeKind.Unspecified, new AuditOptions().AsOf.Kind);
        }
    }
}
