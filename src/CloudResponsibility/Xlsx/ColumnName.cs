using System;
using System.Text;

namespace CloudResponsibility.Xlsx
{
    /// <summary>A worksheet column's letters as Excel shows them: 0 is A, 25 is Z, 26 is AA.</summary>
    public static class ColumnName
    {
        /// <summary>The last column a worksheet has (XFD).</summary>
        public const int MaxColumns = 16384;

        /// <summary>The letters of the column at <paramref name="index"/> (from 0).</summary>
        public static string Of(int index)
        {
            if (index < 0 || index >= MaxColumns) throw new ArgumentOutOfRangeException(nameof(index), index, "A worksheet has columns A to XFD.");
            var letters = new StringBuilder(3);
            for (var n = index + 1; n > 0; n = (n - 1) / 26) letters.Insert(0, (char)('A' + (n - 1) % 26));
            return letters.ToString();
        }

        /// <summary>
        /// The column index (from 0) of a cell reference such as <c>C12</c> or <c>AB3</c>; -1 when
        /// it starts with no letter.
        /// </summary>
        public static int IndexOf(string reference)
        {
            if (reference is null) throw new ArgumentNullException(nameof(reference));
            var index = 0;
            var i = 0;
            for (; i < reference.Length; i++)
            {
                var c = reference[i];
                if (c >= 'A' && c <= 'Z') index = index * 26 + (c - 'A' + 1);
                else if (c >= 'a' && c <= 'z') index = index * 26 + (c - 'a' + 1);
                else break;
                if (index > MaxColumns) return -1;
            }
            return i == 0 ? -1 : index - 1;
        }
    }
}
