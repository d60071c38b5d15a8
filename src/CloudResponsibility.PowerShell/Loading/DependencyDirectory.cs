using System.IO;
using System.Reflection;

namespace CloudResponsibility.PowerShell.Loading
{
    /// <summary>
    /// A folder of assemblies the module ships, and the one rule both editions' loaders share: an
    /// assembly is ours to load if the folder holds a file of its simple name, whatever version
    /// was asked for.
    /// </summary>
    internal sealed class DependencyDirectory
    {
        public DependencyDirectory(string path) => Path = path;

        /// <summary>The folder's full path.</summary>
        public string Path { get; }

        /// <summary>The file of the named assembly, if the folder ships it; otherwise null.</summary>
        public string? FileOf(AssemblyName name)
        {
            var simpleName = name.Name;
            if (string.IsNullOrEmpty(simpleName) || simpleName!.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0) return null;
            var file = System.IO.Path.Combine(Path, simpleName + ".dll");
            return File.Exists(file) ? file : null;
        }
    }
}
