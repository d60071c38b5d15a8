using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;
using CloudResponsibility.Text;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The problems that make a whole file unreadable, told as one message for a finding and an
    /// error record that name the file themselves: each problem keeps its row, and the file is
    /// left to the one who names it once, rather than repeated by every problem.
    /// </summary>
    internal static class FileProblems
    {
        public static string Describe(IEnumerable<InventoryError> errors, Language language) =>
            JoinedMessages.Join(errors.Select(error => WithoutFile(error, language)));

        private static string WithoutFile(InventoryError error, Language language)
        {
            if (error.File is null || error.Row is null) return error.Message;
            var named = new RowLocation(error.File, error.Row, error.Line).Describe(language);
            return error.Message.Replace(named, new RowLocation(null, error.Row, error.Line).Describe(language));
        }
    }
}
