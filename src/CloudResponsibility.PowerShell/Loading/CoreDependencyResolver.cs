#if NET
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// On PowerShell 7, answers the default context's requests for the assemblies the cmdlets
    /// reference and the Dependencies folder ships (the domain library) by loading them into the
    /// module's <see cref="DependencyLoadContext"/>, which then loads their own dependencies. It
    /// answers for nothing else, so another module asking for, say, CsvHelper never gets ours.
    /// </summary>
    internal static class CoreDependencyResolver
    {
        /// <summary>The folder, beside the cmdlets' assembly, that the build puts the dependencies in.</summary>
        public const string FolderName = "Dependencies";

        private static readonly object Gate = new object();
        private static bool registered;
        private static DependencyLoadContext? context;
        private static HashSet<string>? ownNames;

        /// <summary>
        /// Starts answering. It stays registered for the life of the process, even after
        /// Remove-Module: the module's objects can outlive the module, and reaching the domain
        /// through them must keep working; a later import finds it registered.
        /// </summary>
        public static void Register()
        {
            lock (Gate)
            {
                if (registered) return;
                var cmdlets = typeof(CoreDependencyResolver).Assembly;
                var dependencies = new DependencyDirectory(Path.Combine(Path.GetDirectoryName(cmdlets.Location) ?? string.Empty, FolderName));
                ownNames = new HashSet<string>(
                    cmdlets.GetReferencedAssemblies().Where(name => dependencies.FileOf(name) is not null).Select(name => name.Name!),
                    StringComparer.OrdinalIgnoreCase);
                context = new DependencyLoadContext(dependencies);
                AssemblyLoadContext.Default.Resolving += Resolve;
                registered = true;
            }
        }

        private static Assembly? Resolve(AssemblyLoadContext requester, AssemblyName name)
        {
            if (name.Name is null || ownNames is null || !ownNames.Contains(name.Name)) return null;
            return context!.LoadFromAssemblyName(name);
        }
    }
}
#endif
