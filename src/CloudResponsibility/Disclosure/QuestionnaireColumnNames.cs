using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Output;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// The headers that name each <see cref="QuestionnaireColumn"/>, matched as an inventory's are
    /// (ignoring case, surrounding whitespace, full-width forms, and spaces, hyphens and underscores
    /// inside).
    /// <list type="table">
    /// <listheader><term>Column</term><description>Headers</description></listheader>
    /// <item><term>ServiceName (required)</term><description>ServiceName, サービス名</description></item>
    /// <item><term>Vendor</term><description>Vendor, 事業者, 提供事業者, ベンダー</description></item>
    /// <item><term>ServiceModel</term><description>ServiceModel, サービスモデル</description></item>
    /// <item><term>ItemId (required)</term><description>ItemId, 項目ID, 項目番号, Id</description></item>
    /// <item><term>Answer (required)</term><description>Answer, 回答</description></item>
    /// <item><term>Evidence</term><description>Evidence, 根拠資料, エビデンス, 根拠</description></item>
    /// <item><term>CertificationName</term><description>CertificationName, 認証名, 取得認証</description></item>
    /// <item><term>ValidUntil</term><description>ValidUntil, 有効期限</description></item>
    /// <item><term>Comment</term><description>Comment, コメント, 備考</description></item>
    /// </list>
    /// The columns New-VendorQuestionnaire and Test-VendorDisclosure write themselves (Question,
    /// Area, Outcome …) are recomputed from the catalog when read back, not read: see <see cref="Recomputed"/>.
    /// </summary>
    public static class QuestionnaireColumnNames
    {
        // One row per column, the English name first: the README and the error messages show them in this order.
        private static readonly string[][] Names =
        {
            new[] { "ServiceName", "サービス名" },
            new[] { "Vendor", "事業者", "提供事業者", "ベンダー" },
            new[] { "ServiceModel", "サービスモデル" },
            new[] { "ItemId", "項目ID", "項目番号", "Id" },
            new[] { "Answer", "回答" },
            new[] { "Evidence", "根拠資料", "エビデンス", "根拠" },
            new[] { "CertificationName", "認証名", "取得認証" },
            new[] { "ValidUntil", "有効期限" },
            new[] { "Comment", "コメント", "備考" },
        };

        /// <summary>
        /// The headers of the columns the tool writes in a questionnaire or a result and recomputes
        /// from the catalog when it reads one back (Area, Topic, Question, Outcome, GapOwner …).
        /// </summary>
        public static IReadOnlyList<string> Recomputed { get; } = DeclaredColumns(typeof(VendorQuestionnaireRow)).Concat(DeclaredColumns(typeof(DisclosureResult)))
            .Where(name => !Names.Any(names => names[0] == name)).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>The columns as the reading layer matches headers to them.</summary>
        internal static readonly ColumnSet Set = new ColumnSet(Names,
            new[] { (int)QuestionnaireColumn.ServiceName, (int)QuestionnaireColumn.ItemId, (int)QuestionnaireColumn.Answer }, Recomputed);

        /// <summary>Every column, in the order of the enum.</summary>
        public static IReadOnlyList<QuestionnaireColumn> All { get; } = (QuestionnaireColumn[])Enum.GetValues(typeof(QuestionnaireColumn));

        /// <summary>The headers that name a column: the English name first, then the others.</summary>
        public static IReadOnlyList<string> GetNames(QuestionnaireColumn column) => Set.NamesOf((int)column);

        /// <summary>Whether a questionnaire must have the column.</summary>
        public static bool IsRequired(QuestionnaireColumn column) => Set.IsRequired((int)column);

        /// <summary>
        /// The names of a type's report columns, by reflection alone: <see cref="ReportColumns.Of"/>
        /// would also build each column's getter, generic code to compile for nothing here.
        /// </summary>
        private static IEnumerable<string> DeclaredColumns(Type type) =>
            type.GetProperties().Where(p => p.IsDefined(typeof(ReportColumnAttribute), inherit: true)).Select(p => p.Name);

        /// <summary>Finds the column a header names; false for a header the tool does not read.</summary>
        public static bool TryGetColumn(string? header, out QuestionnaireColumn column)
        {
            var found = Set.TryGetColumn(header, out var index);
            column = found ? (QuestionnaireColumn)index : default;
            return found;
        }
    }
}
