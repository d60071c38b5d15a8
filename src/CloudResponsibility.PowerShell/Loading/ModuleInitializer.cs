using System.Management.Automation;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// Runs when the module's assembly is imported, before PowerShell looks at the cmdlets and
    /// before any of them runs: installs the edition's way of loading the dependencies shipped
    /// with the module. PowerShell 7: the module's own load context (<c>CoreDependencyResolver</c>).
    /// Windows PowerShell, which has no load contexts: a resolver that answers only for the files
    /// of the module's folder (<c>DesktopDependencyResolver</c>).
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <inheritdoc />
        public void OnImport()
        {
#if NETFRAMEWORK
            DesktopDependencyResolver.Register();
#else
            CoreDependencyResolver.Register();
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
