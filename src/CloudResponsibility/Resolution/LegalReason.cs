using System.Collections.Generic;
using System.Linq;
using System.Text;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Resolution
{
    /// <summary>
    /// A legal finding's reason in words: which attributes, which of the service's values. The
    /// attributes keep their inventory column names, so that the user finds the cell to check.
    /// </summary>
    internal static class LegalReason
    {
        /// <summary>E.g. <c>ExportControlled is true; DataLocation includes DE and IE</c>.</summary>
        public static string Of(IReadOnlyList<TriggerMatch> matches, CloudService service, Language language)
        {
            var text = new StringBuilder();
            foreach (var match in matches)
            {
                if (text.Length > 0) text.Append(Messages.Format(language, MessageKey.LegalReasonSeparator));
                text.Append(Part(match, service, language));
            }
            return text.ToString();
        }

        private static string Part(TriggerMatch match, CloudService service, Language language)
        {
            var attribute = match.Attribute.ToString();
            switch (match.Attribute)
            {
                case TriggerAttribute.DataLocation:
                    // "includes" where the service also has locations that did not trigger the point (its home country).
                    var key = AllOf(service.DataLocation, match.Values) ? MessageKey.LegalReasonIs : MessageKey.LegalReasonIncludes;
                    return Messages.Format(language, key, attribute, List(match.Values, language));
                case TriggerAttribute.VendorCountry:
                    return Messages.Format(language, MessageKey.LegalReasonIs, attribute, List(match.Values, language));
                default:
                    return Messages.Format(language, MessageKey.LegalReasonFlag, attribute);
            }
        }

        private static bool AllOf(IReadOnlyList<string> locations, ValueList<string> values)
        {
            foreach (var location in locations)
                if (!values.Contains(location)) return false;
            return true;
        }

        /// <summary>"DE", "DE and IE", "DE, IE and US" (Japanese: "DE・IE・US").</summary>
        private static string List(IReadOnlyList<string> values, Language language)
        {
            if (values.Count == 1) return values[0];
            var text = new StringBuilder(values[0]);
            for (var i = 1; i < values.Count; i++)
            {
                text.Append(Messages.Format(language, i == values.Count - 1 ? MessageKey.LegalReasonLastValueSeparator : MessageKey.LegalReasonValueSeparator));
                text.Append(values[i]);
            }
            return text.ToString();
        }
    }
}
