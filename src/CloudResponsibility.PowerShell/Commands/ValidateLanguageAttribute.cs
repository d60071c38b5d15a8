using System.Management.Automation;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// Checks <c>-Language</c> as <c>$CloudResponsibilityLanguage</c> is read (<see cref="LanguageSelection.TryParse"/>):
    /// ja or en, or a culture name of either (ja-JP, en-US), which a ValidateSet could not list.
    /// The value being the language in question, the message is in the session's: the preference
    /// variable's, else the UI culture's.
    /// </summary>
    internal sealed class ValidateLanguageAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var text = (arguments is PSObject wrapped ? wrapped.BaseObject : arguments)?.ToString();
            if (LanguageSelection.TryParse(text, out _)) return;
            throw new ValidationMetadataException(Messages.Format(LanguageSelection.OfSession(engineIntrinsics.SessionState), MessageKey.InvalidLanguage, text));
        }
    }
}
