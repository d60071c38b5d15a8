using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Audit;
using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Audit
{
    /// <summary>The errors of questionnaire files: only the file that counts for a service has them; a superseded file's are told apart; an unreadable file's message leaves naming it to whoever says it once.</summary>
    public sealed class QuestionnaireSupersededTests
    {
        [Fact]
        public void TakeErrors_RowsOfASupersededFile_AreToldApart_WithTheFileThatCounts()
        {
            using var directory = new TempDirectory();
            var old = Path.Combine(directory.Path, "q03-2025.csv");
            var current = Path.Combine(directory.Path, "q03-2026.csv");
            File.WriteAllLines(old, new[] { "ServiceName,ServiceModel,ItemId,Answer,AnsweredOn", "Mail,SaaS,DIS-01.1,Example Holdings K.K.,2025-03-01", "Other,SaaS,DIS-01.1,Maybe,2025-03-01" });
            File.WriteAllLines(current, new[] { "ServiceName,ServiceModel,ItemId,Answer,AnsweredOn", "Mail,SaaS,DIS-01.1,Yes,2026-03-01", "Mail,SaaS,DIS-01.2,Perhaps,2026-03-01" });
            var set = new QuestionnaireSet();
            var immediate = new List<InventoryError>();
            // The older file read first, as a folder lists them.
            Assert.True(set.Add(old, immediate.Add, out _, out _));
            Assert.True(set.Add(current, immediate.Add, out _, out _));
            Assert.Empty(immediate);
            var counted = new List<InventoryError>();
            var superseded = new List<(InventoryError Error, string CountsInstead)>();
            set.TakeErrors(counted.Add, (e, q) => superseded.Add((e, q.File)));
            // Other's only file is old and still counts; Mail's old row is superseded by the newer file.
            Assert.Equal(new[] { (old, 3L), (current, 3L) }, counted.Select(e => (e.File!, e.Row!.Value)));
            var (error, countsInstead) = Assert.Single(superseded);
            Assert.Equal((old, 2L, current), (error.File!, error.Row!.Value, countsInstead));
            set.TakeErrors(e => Assert.Fail(e.Message), (e, _) => Assert.Fail(e.Message));
        }

        [Fact]
        public void Add_FileThatIsNoQuestionnaire_ItsMessageNamesItsRowsNotItsPath()
        {
            using var directory = new TempDirectory();
            var path = Path.Combine(directory.Path, "q10-2026.csv");
            File.WriteAllLines(path, new[] { "Sheet2,Notes", "ServiceNow ITSM,see attachment" });
            Assert.False(new QuestionnaireSet().Add(path, _ => { }, out var unreadable, out _));
            Assert.DoesNotContain(path, unreadable!.Message);
            Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(unreadable.Message, "Row 1, the header, has no").Count);
            var ja = new QuestionnaireSet(TableReaderOptions.Default with { Language = Model.Language.Ja });
            Assert.False(ja.Add(path, _ => { }, out var unreadableJa, out _));
            Assert.DoesNotContain(path, unreadableJa!.Message);
        }
    }
}
