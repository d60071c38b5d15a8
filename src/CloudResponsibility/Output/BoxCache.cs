using System;
using System.Collections.Generic;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Shared boxes for the small values every report row repeats — booleans, enum members, small
    /// integers — so that reading a row's columns allocates the row, not a dozen boxes with it
    /// (a million-row report would otherwise feed the garbage collector hundreds of megabytes).
    /// </summary>
    internal static class BoxCache
    {
        private static readonly object True = true;
        private static readonly object False = false;
        private static readonly object[] SmallIntegers = CreateSmallIntegers();

        public static object Bool(bool value) => value ? True : False;

        public static object? NullableBool(bool? value) => value is bool flag ? Bool(flag) : null;

        public static object Int(int value) => value >= 0 && value < SmallIntegers.Length ? SmallIntegers[value] : value;

        public static object Enum<T>(T value) where T : struct, System.Enum => EnumBoxes<T>.Get(value);

        public static object? NullableEnum<T>(T? value) where T : struct, System.Enum => value is T member ? EnumBoxes<T>.Get(member) : null;

        private static object[] CreateSmallIntegers()
        {
            var boxes = new object[256];
            for (var i = 0; i < boxes.Length; i++) boxes[i] = i;
            return boxes;
        }

        private static class EnumBoxes<T> where T : struct, System.Enum
        {
            private static readonly Dictionary<T, object> Boxes = Create();

            public static object Get(T value) => Boxes.TryGetValue(value, out var box) ? box : value;

            private static Dictionary<T, object> Create()
            {
                var boxes = new Dictionary<T, object>();
                foreach (T member in System.Enum.GetValues(typeof(T))) boxes[member] = member;
                return boxes;
            }
        }
    }
}
