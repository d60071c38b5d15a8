using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace CloudResponsibility.Tests.Loading
{
    /// <summary>
    /// The resolver of the Desktop build as it ships (module/bin/Desktop, net472), loaded on .NET in
    /// a load context of its own, beside the Core build the engine tests import, and driven by
    /// reflection: Windows PowerShell cannot run here, its resolver's code can.
    /// </summary>
    internal sealed class ShippedDesktopResolver
    {
        private const string LoadingNamespace = "CloudResponsibility.PowerShell.Loading.";

        private static readonly Lazy<Assembly> DesktopCmdlets = new Lazy<Assembly>(() =>
            new AssemblyLoadContext("DesktopBuild").LoadFromAssemblyPath(Path.Combine(RepositoryPaths.Root, "module", "bin", "Desktop", "CloudResponsibility.PowerShell.dll")));

        private readonly object directory;
        private readonly object resolver;

        /// <summary>The resolver over a folder, as the Desktop build makes it over its own.</summary>
        public ShippedDesktopResolver(string folder)
        {
            directory = Activator.CreateInstance(DesktopCmdlets.Value.GetType(LoadingNamespace + "DependencyDirectory", throwOnError: true)!, folder)!;
            resolver = Activator.CreateInstance(DesktopCmdlets.Value.GetType(LoadingNamespace + "DesktopDependencyResolver", throwOnError: true)!, directory)!;
        }

        /// <summary>What the resolver answers when the runtime cannot find <paramref name="requested"/>.</summary>
        public Assembly? Resolve(string requested) =>
            (Assembly?)Invoke(resolver, "Resolve", null, new ResolveEventArgs(requested));

        /// <summary>The file the folder ships for an assembly name, if any.</summary>
        public string? FileOf(AssemblyName name) => (string?)Invoke(directory, "FileOf", name);

        private static object? Invoke(object target, string method, params object?[] arguments)
        {
            try
            {
                return target.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.Invoke(target, arguments);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is not null)
            {
                throw exception.InnerException;
            }
        }
    }
}
