using CloudResponsibility.ThreatModel;
using Xunit;

namespace CloudResponsibility.Tests.ThreatModel
{
    /// <summary>File names of services' models in one folder.</summary>
    public sealed class ServiceFileNamesTests
    {
        [Theory]
        [InlineData("電子カルテ連携基盤", "電子カルテ連携基盤")]
        [InlineData("Amazon EC2 (設計データ)", "Amazon EC2 (設計データ)")]
        [InlineData("a/b\\c:d*e?f\"g<h>i|j", "a_b_c_d_e_f_g_h_i_j")]
        [InlineData("tab\there", "tab_here")]
        [InlineData("trailing. ", "trailing")]
        [InlineData("CON", "_CON")]
        [InlineData("nul.txt", "_nul.txt")]
        [InlineData("...", "_")]
        public void Sanitise_KeepsLettersAndReplacesWhatFileSystemsRefuse(string name, string expected)
        {
            Assert.Equal(expected, ServiceFileNames.Sanitise(name));
        }

        [Fact]
        public void Next_NumbersCollisionsWithoutRegardToCase()
        {
            var names = new ServiceFileNames();
            Assert.Equal("CRM.md", names.Next("CRM", ".md"));
            Assert.Equal("crm (2).md", names.Next("crm", ".md"));
            Assert.Equal("a_b.md", names.Next("a/b", ".md"));
            Assert.Equal("A_B (2).md", names.Next("A?B", ".md"));
            Assert.Equal("CRM.json", names.Next("CRM", ".json"));
        }

        [Fact]
        public void Sanitise_CutsLongNamesWithoutSplittingACharacter()
        {
            var name = new string('x', 119) + "𠮷" + new string('y', 20);
            var stem = ServiceFileNames.Sanitise(name);
            Assert.Equal(new string('x', 119), stem);
        }
    }
}
