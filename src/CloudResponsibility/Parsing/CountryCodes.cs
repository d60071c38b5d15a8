namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// The ISO 3166-1 alpha-2 codes that are assigned (249, as of the 2024 list), plus EU, which
    /// the GDPR makes a region of its own for data location. Held as a 26×26 grid so a two-letter
    /// cell is checked without hashing or allocation.
    /// </summary>
    internal static class CountryCodes
    {
        /// <summary>The pseudo-region of the European Union.</summary>
        public const string EuropeanUnion = "EU";

        private const string Assigned =
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
            "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET " +
            "FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU " +
            "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
            "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM " +
            "PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
            "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

        private static readonly string?[] Grid = CreateGrid();

        /// <summary>The number of assigned ISO codes in the table (EU not counted).</summary>
        public static int AssignedCount { get; } = (Assigned.Length + 1) / 3;

        /// <summary>
        /// The code of a two-letter text, in upper case: an assigned ISO code, EU, or UK (which ISO
        /// reserves for the United Kingdom, whose code is GB).
        /// </summary>
        public static bool TryGetAlpha2(string text, out string code)
        {
            code = string.Empty;
            if (text.Length != 2) return false;
            var first = Letter(text[0]);
            var second = Letter(text[1]);
            if (first < 0 || second < 0) return false;
            var found = Grid[first * 26 + second];
            if (found is null) return false;
            code = found;
            return true;
        }

        private static int Letter(char c)
        {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a';
            return -1;
        }

        private static string?[] CreateGrid()
        {
            var grid = new string?[26 * 26];
            foreach (var code in Assigned.Split(' ')) grid[(code[0] - 'A') * 26 + (code[1] - 'A')] = code;
            grid[('E' - 'A') * 26 + ('U' - 'A')] = EuropeanUnion;
            grid[('U' - 'A') * 26 + ('K' - 'A')] = "GB";
            return grid;
        }
    }
}
