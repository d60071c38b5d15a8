#if NETFRAMEWORK
using System;
using System.Collections.Generic;
using System.Reflection;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell has one load context for every module and ignores a module's binding
    /// redirects, so CsvHelper's request for, say, System.Memory 4.0.1.2 fails when another version
    /// is asked for elsewhere. This handler answers only for assemblies that ship in the module's own
    /// folder, and only when the runtime could not find them, loading our copy whatever version was
    /// asked: other modules resolve as before.
    /// </summary>
    internal sealed class DesktopDependencyResolver
    {
        private static readonly DesktopDependencyResolver ModuleFolder =
            new DesktopDependencyResolver(new DependencyDirectory(System.IO.Path.GetDirectoryName(typeof(DesktopDependencyResolver).Assembly.Location) ?? string.Empty));
        private static readonly object RegistrationGate = new object();
        private static bool registered;

        private readonly DependencyDirectory directory;
        private readonly Dictionary<string, Assembly> loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        public DesktopDependencyResolver(DependencyDirectory directory) => this.directory = directory;

        /// <summary>Starts answering for the module's folder.</summary>
        public static void Register()
        {
            lock (RegistrationGate)
            {
                if (registered) return;
                AppDomain.CurrentDomain.AssemblyResolve += ModuleFolder.Resolve;
                registered = true;
            }
        }

        /// <summary>Stops answering: after Remove-Module, other modules resolve as if we had never been loaded.</summary>
        public static void Unregister()
        {
            lock (RegistrationGate)
            {
                if (!registered) return;
                AppDomain.CurrentDomain.AssemblyResolve -= ModuleFolder.Resolve;
                registered = false;
            }
        }

        /// <summary>The folder's copy of the requested assembly, loaded once; null for an assembly the folder does not ship.</summary>
        public Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            var file = directory.FileOf(name);
            if (file is null) return null;
            lock (loaded)
            {
                if (!loaded.TryGetValue(name.Name!, out var assembly))
                {
                    assembly = Assembly.LoadFrom(file);
                    loaded[name.Name!] = assembly;
                }
                return assembly;
            }
        }
    }
}
#endif
