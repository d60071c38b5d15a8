using CloudResponsibility.Catalog;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// What every cmdlet that reads the catalog shares: the catalog in the call's language, loaded
    /// (and validated) once per process on first use.
    /// </summary>
    public abstract class CatalogCommand : CloudResponsibilityCommand
    {
        /// <summary>The catalog in the language of this call; set in <see cref="BeginProcessing"/>.</summary>
        protected CatalogView Catalog { get; private set; } = null!;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            Catalog = Load(this, OutputLanguage);
        }

        /// <summary>The catalog in the call's language; a catalog that fails its validation stops the command.</summary>
        internal static CatalogView Load(CloudResponsibilityCommand command, Model.Language language)
        {
            try
            {
                return CloudCatalog.Default.In(language);
            }
            catch (CatalogValidationException exception)
            {
                command.ThrowTerminatingError(ErrorRecords.CatalogInvalid(language, exception));
                throw;
            }
        }
    }
}
