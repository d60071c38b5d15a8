using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// Runs when the module's assembly is imported. On Windows PowerShell (Desktop) it installs the
    /// resolver for the dependencies shipped beside the module; PowerShell 7 needs nothing, since the
    /// net8.0 build's dependencies are either in the runtime or resolved from the module's folder.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <inheritdoc />
        public void OnImport()
        {
#if NETFRAMEWORK
            DesktopDependencyResolver.Register();
#endif
        }

        /// <inheritdoc />
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
#if NETFRAMEWORK
            DesktopDependencyResolver.Unregister();
#endif
        }
    }
}
