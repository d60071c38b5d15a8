using System;
using System.Management.Automation;
using System.Reflection;
using CloudResponsibility.PowerShell.Completion;
using CloudResponsibility.PowerShell.Localization;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What every cmdlet of the module shares: <c>-Language</c>, the language of its messages and
    /// catalog text, chosen once per call in <see cref="BeginProcessing"/>, where the ranges of its
    /// parameters of days (<see cref="DaysRangeAttribute"/>) are checked in that language too.
    /// </summary>
    public abstract class CloudResponsibilityCommand : PSCmdlet
    {
        /// <summary>
        /// The language of messages (errors, warnings, verbose lines) and catalog text: <c>ja</c> or
        /// <c>en</c>, or a culture name of either (<c>ja-JP</c>, <c>en-US</c>). Defaults to
        /// <c>$CloudResponsibilityLanguage</c>, then to <c>$PSUICulture</c>.
        /// Error IDs, IDs and property names never change with it.
        /// </summary>
        [Parameter]
        [ValidateLanguage]
        [ArgumentCompleter(typeof(LanguageCompleter))]
        public string? Language { get; set; }

        /// <summary>The language this call answers in; set in <see cref="BeginProcessing"/>.</summary>
        protected Model.Language OutputLanguage { get; private set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            OutputLanguage = LanguageSelection.Resolve(Language, this, out var invalidPreference);
            if (invalidPreference is not null) ThrowTerminatingError(ErrorRecords.InvalidLanguagePreference(OutputLanguage, invalidPreference));
            CheckRanges();
        }

        /// <summary>A message in the call's language.</summary>
        protected string Text(string key, params object?[] args) => Messages.Format(OutputLanguage, key, args);

        private void CheckRanges()
        {
            foreach (var bound in MyInvocation.BoundParameters)
            {
                if (!(bound.Value is TimeSpan value)) continue;
                var range = GetType().GetProperty(bound.Key)?.GetCustomAttribute<DaysRangeAttribute>();
                if (range is not null && !range.Contains(value)) ThrowTerminatingError(ErrorRecords.ParameterOutOfRange(OutputLanguage, bound.Key, value, range));
            }
        }
    }
}
