using System;
using System.Globalization;

namespace CloudResponsibility.Tests.Fuzz
{
    /// <summary>
    /// How many generated cases each fuzz property runs: a few hundred by default, so that the suite
    /// stays quick; <c>CLOUDRESPONSIBILITY_FUZZ_CASES</c> asks for more (the long run sets 1000000).
    /// </summary>
    internal static class FuzzCases
    {
        public const string Variable = "CLOUDRESPONSIBILITY_FUZZ_CASES";

        public static long Count(long ordinary)
        {
            var asked = Environment.GetEnvironmentVariable(Variable);
            return long.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : ordinary;
        }
    }
}
