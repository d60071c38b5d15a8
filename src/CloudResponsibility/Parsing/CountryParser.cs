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
        private static readonly AliasTable<string> Names = new AliasTable<string>()
            .Add("JP", "JPN", "Japan", "日本", "国内", "日本国内", "日本国")
            .Add("US", "USA", "United States", "United States of America", "America", "米国", "アメリカ", "アメリカ合衆国", "合衆国")
            .Add("GB", "GBR", "United Kingdom", "Great Britain", "Britain", "England", "英国", "イギリス")
            .Add("DE", "DEU", "Germany", "ドイツ")
            .Add("FR", "FRA", "France", "フランス")
            .Add("IE", "IRL", "Ireland", "アイルランド")
            .Add("NL", "NLD", "Netherlands", "The Netherlands", "Holland", "オランダ")
            .Add("SG", "SGP", "Singapore", "シンガポール")
            .Add("AU", "AUS", "Australia", "オーストラリア", "豪州")
            .Add("CA", "CAN", "Canada", "カナダ")
            .Add("CN", "CHN", "China", "中国", "中華人民共和国")
            .Add("KR", "KOR", "Korea", "South Korea", "Republic of Korea", "韓国", "大韓民国")
            .Add("IN", "IND", "India", "インド")
            .Add("HK", "HKG", "Hong Kong", "香港")
            .Add("TW", "TWN", "Taiwan", "台湾")
            .Add("CH", "CHE", "Switzerland", "スイス")
            .Add("SE", "Sweden", "スウェーデン")
            .Add("FI", "Finland", "フィンランド")
            .Add("BE", "Belgium", "ベルギー")
            .Add("IT", "Italy", "イタリア")
            .Add("ES", "Spain", "スペイン")
            .Add("BR", "Brazil", "ブラジル")
            .Add("ID", "Indonesia", "インドネシア")
            .Add("MY", "Malaysia", "マレーシア")
            .Add("TH", "Thailand", "タイ")
            .Add("VN", "Vietnam", "Viet Nam", "ベトナム")
            .Add("PH", "Philippines", "フィリピン")
            .Add("NZ", "New Zealand", "ニュージーランド")
            .Add("IL", "Israel", "イスラエル")
            .Add("AE", "United Arab Emirates", "UAE", "アラブ首長国連邦")
            .Add("ZA", "South Africa", "南アフリカ")
            .Add(CountryCodes.EuropeanUnion, "Europe", "European Union", "欧州", "欧州連合", "ヨーロッパ");

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
    }
}
