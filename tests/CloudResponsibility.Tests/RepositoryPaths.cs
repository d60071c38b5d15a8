using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CloudResponsibility.Tests
{
    /// <summary>Where the repository's files are, found from the test's output folder.</summary>
    internal static class RepositoryPaths
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
                if (File.Exists(Path.Combine(directory.FullName, "CloudResponsibility.psd1"))) return directory.FullName;
            throw new InvalidOperationException("CloudResponsibility.psd1 was not found above " + AppContext.BaseDirectory);
        });

        /// <summary>The repository's root folder.</summary>
        public static string Root => RootPath.Value;

        /// <summary>The module manifest.</summary>
        public static string Manifest => Path.Combine(Root, "CloudResponsibility.psd1");

        /// <summary>
        /// The folder NuGet restored this build's packages into, as the build saw it (NUGET_PACKAGES,
        /// a NuGet.Config or the default): a test that reads a package's files must not guess it.
        /// </summary>
        public static string NuGetPackageRoot =>
            typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value
            ?? throw new InvalidOperationException("The build did not record the NuGet package folder.");

        /// <summary>A fixture file copied to the output folder.</summary>
        public static string Fixture(params string[] parts) => Path.Combine(AppContext.BaseDirectory, "Fixtures", Path.Combine(parts));
    }
}
