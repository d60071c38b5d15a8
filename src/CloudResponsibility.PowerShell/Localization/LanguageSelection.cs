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
            // -Language is validated by the engine (ja or en, any case).
            if (!string.IsNullOrEmpty(parameter) && TryParse(parameter, out var chosen)) return chosen;
            var preference = cmdlet.SessionState.PSVariable.GetValue(PreferenceVariable);
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

        /// <summary>The language a tag names: <c>ja</c>…, <c>en</c>…; false for any other text.</summary>
        public static bool TryParse(string? text, out Language language)
        {
            var tag = (text ?? string.Empty).Trim();
            if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase)) { language = Language.Ja; return true; }
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) { language = Language.En; return true; }
            language = Language.En;
            return false;
        }
    }
}
