using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The names of enum members as report cells, looked up once per member: every report row
    /// repeats a handful of them, and <see cref="Enum.ToString()"/> is slow and allocates each time.
    /// </summary>
    internal static class EnumNames
    {
        public static string Of<T>(T value) where T : struct, Enum => Names<T>.Of(value);

        private static class Names<T> where T : struct, Enum
        {
            private static readonly Dictionary<T, string> Members = Create();

            // A value that is no member (a combination of flags, a cast number) is named the slow way.
            public static string Of(T value) => Members.TryGetValue(value, out var name) ? name : value.ToString();

            private static Dictionary<T, string> Create()
            {
                var names = new Dictionary<T, string>();
                foreach (T member in Enum.GetValues(typeof(T))) names[member] = member.ToString();
                return names;
            }
        }
    }
}
