#if NETFRAMEWORK
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// Windows PowerShell ignores a module's binding redirects, so CsvHelper's request for, say,
    /// System.Memory 4.0.1.2 fails when another version is asked for elsewhere. This handler answers
    /// only for assemblies that ship in the module's own folder, and only when the runtime could not
    /// find them, loading our copy whatever version was asked: other modules resolve as before.
    /// </summary>
    internal static class DesktopDependencyResolver
    {
        private static readonly string ModuleDirectory = Path.GetDirectoryName(typeof(DesktopDependencyResolver).Assembly.Location) ?? string.Empty;
        private static readonly Dictionary<string, Assembly> Loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private static readonly object Gate = new object();
        private static bool registered;

        public static void Register()
        {
            lock (Gate)
            {
                if (registered) return;
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                registered = true;
            }
        }

        public static void Unregister()
        {
            lock (Gate)
            {
                if (!registered) return;
                AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
                registered = false;
            }
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (string.IsNullOrEmpty(name)) return null;
            var path = Path.Combine(ModuleDirectory, name + ".dll");
            if (!File.Exists(path)) return null;
            lock (Gate)
            {
                if (!Loaded.TryGetValue(name!, out var assembly))
                {
                    assembly = Assembly.LoadFrom(path);
                    Loaded[name!] = assembly;
                }
                return assembly;
            }
        }
    }
}
#endif
