using System;
using System.Collections.Generic;
using System.Linq;

namespace CloudResponsibility.Parsing
{
    /// <summary>
    /// Reads one country as an upper-case ISO 3166-1 alpha-2 code. Accepts: any assigned alpha-2
    /// code in any case and width (plus EU for the European Union and UK for GB); the alpha-3 codes
    /// of the usual cloud regions (JPN, USA, GBR, DEU, FRA, SGP, AUS, CAN, CHN, KOR, IND, IRL, NLD,
    /// HKG, TWN, CHE); the English names of common countries (Japan, United States, UK, Germany …);
    /// and their Japanese names (日本, 国内, 米国, アメリカ, 英国, イギリス, ドイツ, 欧州 …).
    /// </summary>
    public static class CountryParser
    {
        // The countries known by name as well as by code; EU last. Tab completion lists them in this order.
        private static readonly (string Code, string[] Names)[] Named =
        {
            ("JP", new[] { "JPN", "Japan", "日本", "国内", "日本国内", "日本国" }),
            ("US", new[] { "USA", "United States", "United States of America", "America", "米国", "アメリカ", "アメリカ合衆国", "合衆国" }),
            ("GB", new[] { "GBR", "United Kingdom", "Great Britain", "Britain", "England", "英国", "イギリス" }),
            ("DE", new[] { "DEU", "Germany", "ドイツ" }),
            ("FR", new[] { "FRA", "France", "フランス" }),
            ("IE", new[] { "IRL", "Ireland", "アイルランド" }),
            ("NL", new[] { "NLD", "Netherlands", "The Netherlands", "Holland", "オランダ" }),
            ("SG", new[] { "SGP", "Singapore", "シンガポール" }),
            ("AU", new[] { "AUS", "Australia", "オーストラリア", "豪州" }),
            ("CA", new[] { "CAN", "Canada", "カナダ" }),
            ("CN", new[] { "CHN", "China", "中国", "中華人民共和国" }),
            ("KR", new[] { "KOR", "Korea", "South Korea", "Republic of Korea", "韓国", "大韓民国" }),
            ("IN", new[] { "IND", "India", "インド" }),
            ("HK", new[] { "HKG", "Hong Kong", "香港" }),
            ("TW", new[] { "TWN", "Taiwan", "台湾" }),
            ("CH", new[] { "CHE", "Switzerland", "スイス" }),
            ("SE", new[] { "Sweden", "スウェーデン" }),
            ("FI", new[] { "Finland", "フィンランド" }),
            ("BE", new[] { "Belgium", "ベルギー" }),
            ("IT", new[] { "Italy", "イタリア" }),
            ("ES", new[] { "Spain", "スペイン" }),
            ("BR", new[] { "Brazil", "ブラジル" }),
            ("ID", new[] { "Indonesia", "インドネシア" }),
            ("MY", new[] { "Malaysia", "マレーシア" }),
            ("TH", new[] { "Thailand", "タイ" }),
            ("VN", new[] { "Vietnam", "Viet Nam", "ベトナム" }),
            ("PH", new[] { "Philippines", "フィリピン" }),
            ("NZ", new[] { "New Zealand", "ニュージーランド" }),
            ("IL", new[] { "Israel", "イスラエル" }),
            ("AE", new[] { "United Arab Emirates", "UAE", "アラブ首長国連邦" }),
            ("ZA", new[] { "South Africa", "南アフリカ" }),
            (CountryCodes.EuropeanUnion, new[] { "Europe", "European Union", "欧州", "欧州連合", "ヨーロッパ" }),
        };

        private static readonly AliasTable<string> Names = CreateNames();

        /// <summary>
        /// The countries known by name as well as by code, in a fixed order (EU last): each code with
        /// its other names (the alpha-3 code where there is one, English, then Japanese). For
        /// completion and help; any assigned code is read too.
        /// </summary>
        public static IEnumerable<(string Code, IReadOnlyList<string> Names)> NamedCountries =>
            Named.Select(entry => (entry.Code, (IReadOnlyList<string>)Array.AsReadOnly(entry.Names)));

        /// <summary>The names above written in Japanese, each with its code, the longest first: for finding them inside Japanese text, which has no spaces between words.</summary>
        internal static IReadOnlyList<KeyValuePair<string, string>> JapaneseNames { get; } =
            Names.Entries.Where(e => !TextNormalizer.IsAscii(e.Key)).OrderByDescending(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();

        /// <summary>Reads one country; false for an empty or unknown text.</summary>
        public static bool TryParse(string? text, out string code)
        {
            code = string.Empty;
            if (text is null) return false;
            if (CountryCodes.TryGetAlpha2(text, out code)) return true;
            var normalized = TextNormalizer.Normalize(text);
            if (CountryCodes.TryGetAlpha2(normalized, out code)) return true;
            if (Names.TryGet(normalized, out var named))
            {
                code = named;
                return true;
            }
            code = string.Empty;
            return false;
        }

        /// <summary>
        /// Reads one country as a place whose law is "home" (Get-LegalConsideration -HomeCountry): as
        /// <see cref="TryParse"/>, but not EU, a union of countries rather than one;
        /// <paramref name="isUnion"/> says when that is why it failed.
        /// </summary>
        public static bool TryParseHomeCountry(string? text, out string code, out bool isUnion)
        {
            isUnion = false;
            if (!TryParse(text, out code)) return false;
            if (code != CountryCodes.EuropeanUnion) return true;
            isUnion = true;
            code = string.Empty;
            return false;
        }

        private static AliasTable<string> CreateNames()
        {
            var names = new AliasTable<string>();
            foreach (var (code, aliases) in Named) names.Add(code, aliases);
            return names;
        }
    }
}
