using System.Management.Automation;
using CloudResponsibility.Catalog;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What every cmdlet that reads the catalog shares: <c>-Language</c>, and the catalog in that
    /// language, loaded (and validated) once per process on first use.
    /// </summary>
    public abstract class CatalogCommand : PSCmdlet
    {
        /// <summary>
        /// The language of names and descriptions: <c>ja</c> or <c>en</c>. Defaults to
        /// <c>$CloudResponsibilityLanguage</c>, then to <c>$PSUICulture</c>. IDs and property names never change.
        /// </summary>
        [Parameter]
        [ValidateSet("ja", "en", IgnoreCase = true)]
        public string? Language { get; set; }

        /// <summary>The catalog in the language of this call; set in <see cref="BeginProcessing"/>.</summary>
        protected CatalogView Catalog { get; private set; } = null!;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            var language = LanguageSelection.Resolve(Language, this);
            try
            {
                Catalog = CloudCatalog.Default.In(language);
            }
            catch (CatalogValidationException exception)
            {
                ThrowTerminatingError(ErrorRecords.CatalogInvalid(exception));
            }
        }
    }
}
