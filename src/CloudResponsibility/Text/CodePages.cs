using System.Text;

namespace CloudResponsibility.Text
{
    /// <summary>
    /// The Windows code pages the module reads and writes (Shift_JIS above all). .NET Framework has them built in; .NET (Core) ships
    /// them in the shared framework but only serves them once their provider is registered, which
    /// is done here, once, on first use.
    /// </summary>
    internal static class CodePages
    {
        /// <summary>The code page of Japanese Windows and of Excel's "CSV" on it.</summary>
        public const int ShiftJisCodePage = 932;

        static CodePages()
        {
#if NET
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
#endif
            ShiftJis = Encoding.GetEncoding(ShiftJisCodePage);
        }

        /// <summary>Makes every code page .NET knows available (the first use of this class does it).</summary>
        public static void EnsureRegistered()
        {
        }

        /// <summary>Shift_JIS as Windows writes it (code page 932, with the NEC and IBM extensions).</summary>
        public static Encoding ShiftJis { get; }
    }
}
