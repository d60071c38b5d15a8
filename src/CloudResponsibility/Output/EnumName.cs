using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The names of an enum's members as report cells: the text <see cref="Enum.ToString()"/> gives,
    /// looked up once per member. A report of a million services names five members on each of
    /// nine million rows, and ToString finds the name again each time.
    /// </summary>
    internal static class EnumName<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names = Create();

        /// <summary>The member's name; a value that is no member (a number, a combination of flags) as ToString words it.</summary>
        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString();

        private static Dictionary<T, string> Create()
        {
            var names = new Dictionary<T, string>();
            foreach (T member in Enum.GetValues(typeof(T))) names[member] = member.ToString();
            return names;
        }
    }
}
