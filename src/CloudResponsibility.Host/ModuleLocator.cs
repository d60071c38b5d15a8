using System;
using System.IO;

namespace CloudResponsibility.Host
{
    /// <summary>Finds the module manifest to import before the user's script.</summary>
    public sealed class ModuleLocator
    {
        public const string ManifestFileName = "CloudResponsibility.psd1";
        public const string PathVariable = "CLOUDRESPONSIBILITY_MODULE";

        private readonly Func<string, string?> _getEnvironmentVariable;
        private readonly string _baseDirectory;

        public ModuleLocator(Func<string, string?> getEnvironmentVariable, string baseDirectory)
        {
            ArgumentNullException.ThrowIfNull(getEnvironmentVariable);
            ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
            _getEnvironmentVariable = getEnvironmentVariable;
            _baseDirectory = baseDirectory;
        }

        /// <summary>
        /// The full path of the manifest: <paramref name="requestedPath"/> (-Module) when given, else the path in
        /// CLOUDRESPONSIBILITY_MODULE, else the first CloudResponsibility.psd1 in or above the current directory,
        /// then in or above the executable's directory.
        /// </summary>
        /// <exception cref="ModuleNotFoundException">The chosen path does not exist, or the search found nothing.</exception>
        public string Locate(string? requestedPath, string currentDirectory)
        {
            ArgumentException.ThrowIfNullOrEmpty(currentDirectory);
            if (requestedPath is not null)
            {
                return Resolve(requestedPath, currentDirectory, "-Module");
            }

            string? fromEnvironment = _getEnvironmentVariable(PathVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return Resolve(fromEnvironment, currentDirectory, PathVariable);
            }

            // The current directory first, so that a checkout is used over the copy the executable was built from.
            return FindAbove(currentDirectory)
                ?? FindAbove(_baseDirectory)
                ?? throw new ModuleNotFoundException(
                    $"{ManifestFileName} was not found in '{currentDirectory}', '{_baseDirectory}' or any folder above them. "
                    + $"Pass -Module <path>, set {PathVariable}, or use -NoModule.");
        }

        private static string Resolve(string path, string currentDirectory, string source)
        {
            string fullPath = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(fullPath))
            {
                fullPath = Path.Combine(fullPath, ManifestFileName);
            }

            return File.Exists(fullPath)
                ? fullPath
                : throw new ModuleNotFoundException($"the module manifest '{fullPath}' (from {source}) does not exist.");
        }

        private static string? FindAbove(string directory)
        {
            for (DirectoryInfo? folder = new(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, ManifestFileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
