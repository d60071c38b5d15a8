using System.Linq;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>A Japanese finding's title and subject are punctuated as Japanese, as its detail is.</summary>
    public sealed class JapaneseFindingTextTests
    {
        [Fact]
        public void VendorFindings_InJapanese_JoinTitleAndSubjectWithAFullWidthColon()
        {
            var vendor = FindingsReportTests.AuditSample(Language.Ja).Where(f => f.RuleId.StartsWith("VND-")).ToList();
            Assert.NotEmpty(vendor);
            Assert.All(vendor, f => Assert.EndsWith("：" + f.Subject, f.Title));
            Assert.All(vendor, f => Assert.DoesNotContain(": ", f.Title + f.Detail));
        }

        [Fact]
        public void VendorFindings_InEnglish_KeepTheColonAndSpace() =>
            Assert.All(FindingsReportTests.AuditSample(Language.En).Where(f => f.RuleId.StartsWith("VND-")), f => Assert.EndsWith(": " + f.Subject, f.Title));

        [Fact]
        public void NamedSubjects_InJapanese_UseFullWidthParentheses()
        {
            var details = FindingsReportTests.AuditSample(Language.Ja).Where(f => f.RuleId is "VND-08" or "THR-01").Select(f => f.Detail).ToList();
            Assert.NotEmpty(details);
            Assert.All(details, d => Assert.DoesNotMatch(@"[A-Z]{3}-[A-Z]{2}-\d\d(\.\d+)? \(", d));
        }
    }
}
