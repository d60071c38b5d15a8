using System;
using System.Globalization;
using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Localization
{
    /// <summary>
    /// Which language a call answers in, for catalog text and messages alike: <c>-Language</c>,
    /// else the session's <c>$CloudResponsibilityLanguage</c>, else <c>$PSUICulture</c> (Japanese
    /// for <c>ja-*</c>, English otherwise).
    /// </summary>
    internal static class LanguageSelection
    {
        /// <summary>The session preference variable.</summary>
        public const string PreferenceVariable = "CloudResponsibilityLanguage";

        /// <summary>
        /// The language of a call. A preference variable that names no language leaves it unset:
        /// <paramref name="invalidPreference"/> is then its text, for the caller to report.
        /// </summary>
        public static Language Resolve(string? parameter, PSCmdlet cmdlet, out string? invalidPreference)
        {
            invalidPreference = null;
            // -Language is validated by the engine (ValidateLanguageAttribute: the same rule as TryParse).
            if (!string.IsNullOrEmpty(parameter) && TryParse(parameter, out var chosen)) return chosen;
            return OfSession(cmdlet.SessionState, out invalidPreference);
        }

        /// <summary>The session's language, for what is said before a call's -Language is known: the preference variable's, else the UI culture's.</summary>
        public static Language OfSession(SessionState session) => OfSession(session, out _);

        private static Language OfSession(SessionState session, out string? invalidPreference)
        {
            invalidPreference = null;
            var preference = session.PSVariable.GetValue(PreferenceVariable);
            if (preference is not null)
            {
                var text = (preference is PSObject wrapped ? wrapped.BaseObject : preference).ToString();
                if (TryParse(text, out var preferred)) return preferred;
                invalidPreference = text;
            }
            return OfCulture(CultureInfo.CurrentUICulture);
        }

        /// <summary>The language of a culture: Japanese for <c>ja-*</c>, English otherwise.</summary>
        public static Language OfCulture(CultureInfo culture) =>
            culture.TwoLetterISOLanguageName == "ja" ? Language.Ja : Language.En;

        /// <summary>
        /// The language a tag names: <c>ja</c> or <c>en</c> in any case, alone or as a culture name's
        /// language (<c>ja-JP</c>, <c>en-US</c>, <c>en_GB</c>); false for any other text (<c>fr</c>, <c>japanese</c>).
        /// </summary>
        public static bool TryParse(string? text, out Language language)
        {
            language = Language.En;
            var tag = (text ?? string.Empty).Trim();
            if (tag.Length < 2 || !IsCultureTail(tag, 2)) return false;
            if (string.Compare(tag, 0, "ja", 0, 2, StringComparison.OrdinalIgnoreCase) == 0) { language = Language.Ja; return true; }
            return string.Compare(tag, 0, "en", 0, 2, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>Whether the text from <paramref name="start"/> is nothing, or subtags each of a '-' or '_' and 1 to 8 ASCII letters or digits.</summary>
        private static bool IsCultureTail(string tag, int start)
        {
            var i = start;
            while (i < tag.Length)
            {
                if (tag[i] != '-' && tag[i] != '_') return false;
                var begin = ++i;
                while (i < tag.Length && tag[i] < 128 && char.IsLetterOrDigit(tag[i])) i++;
                if (i == begin || i - begin > 8) return false;
            }
            return true;
        }
    }
}
