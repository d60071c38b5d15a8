using System;
using System.Globalization;
using System.Management.Automation;
using CloudResponsibility.Model;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Which language a call answers in: <c>-Language</c>, else the session's
    /// <c>$CloudResponsibilityLanguage</c>, else <c>$PSUICulture</c> (Japanese for <c>ja-*</c>, English otherwise).
    /// </summary>
    internal static class LanguageSelection
    {
        /// <summary>The session preference variable.</summary>
        public const string PreferenceVariable = "CloudResponsibilityLanguage";

        /// <summary>The values <c>-Language</c> and the preference variable accept.</summary>
        public static readonly string[] Names = { "ja", "en" };

        public static Language Resolve(string? parameter, PSCmdlet cmdlet)
        {
            if (!string.IsNullOrEmpty(parameter)) return Parse(parameter!);
            var preference = cmdlet.SessionState.PSVariable.GetValue(PreferenceVariable);
            if (preference is not null)
            {
                var text = (preference is PSObject wrapped ? wrapped.BaseObject : preference).ToString();
                if (TryParse(text, out var preferred)) return preferred;
                cmdlet.ThrowTerminatingError(ErrorRecords.InvalidLanguagePreference(text));
            }
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? Language.Ja : Language.En;
        }

        private static Language Parse(string text) =>
            TryParse(text, out var language) ? language : throw new ArgumentException($"'{text}' is not a catalog language (ja, en).");

        private static bool TryParse(string? text, out Language language)
        {
            var tag = (text ?? string.Empty).Trim();
            if (tag.StartsWith("ja", StringComparison.OrdinalIgnoreCase)) { language = Language.Ja; return true; }
            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)) { language = Language.En; return true; }
            language = Language.En;
            return false;
        }
    }
}
