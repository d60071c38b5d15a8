#if NET
using System.Reflection;
using System.Runtime.Loader;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// The module's own load context on PowerShell 7: the domain library and every third-party
    /// library it uses (all that the build puts in the Dependencies folder) load here, never in
    /// PowerShell's default context, so another module's version of the same library neither breaks
    /// ours nor is broken by it. Whatever the folder does not ship (.NET, the engine, the types of
    /// CloudResponsibility.Types) comes from the default context, so the objects the domain makes
    /// are of the types that scripts name and the types file adapts.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly DependencyDirectory dependencies;

        public DependencyLoadContext(DependencyDirectory dependencies)
            : base("CloudResponsibility")
        {
            this.dependencies = dependencies;
        }

        /// <inheritdoc />
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var file = dependencies.FileOf(assemblyName);
            return file is null ? null : LoadFromAssemblyPath(file);
        }
    }
}
#endif
