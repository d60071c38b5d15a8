using System;
using System.Runtime.CompilerServices;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// The names of enum members as report cells, looked up once per member: every report row
    /// repeats a handful of them, and <see cref="Enum.ToString()"/> is slow and allocates each time.
    /// </summary>
    internal static class EnumNames
    {
        public static string Of<T>(T value) where T : struct, Enum => Names<T>.Of(value);

        /// <summary>The name of a member; null for null.</summary>
        public static string? OfNullable<T>(T? value) where T : struct, Enum => value is T member ? Names<T>.Of(member) : null;

        /// <summary>
        /// Names in an array indexed by the member's value, which the module's enums number from 0.
        /// Not a dictionary: the framework's dictionary code cannot be precompiled for the
        /// module's enums, and a first run would compile nine of its methods for each of them.
        /// </summary>
        private static class Names<T> where T : struct, Enum
        {
            private const int MaxIndexed = 256;
            private static readonly string?[] ByValue = Create();

            // A value that is no member (a combination of flags, a cast number) is named the slow way.
            public static string Of(T value)
            {
                var index = Index(value);
                var names = ByValue;
                return (uint)index < (uint)names.Length && names[index] is string name ? name : value.ToString();
            }

            private static int Index(T value) => Unsafe.SizeOf<T>() == sizeof(int) ? Unsafe.As<T, int>(ref value) : -1;

            private static string?[] Create()
            {
                var names = new string?[MaxIndexed];
                foreach (T member in Enum.GetValues(typeof(T)))
                {
                    var index = Index(member);
                    if ((uint)index < MaxIndexed) names[index] = member.ToString();
                }
                return names;
            }
        }
    }
}
