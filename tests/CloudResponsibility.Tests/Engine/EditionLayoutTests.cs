using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>
    /// Each edition's folder holds everything its assemblies reference beyond its runtime and the
    /// engine: the Core build needs nothing that PowerShell 7.4 ships in another version, the Desktop
    /// build carries the dependencies its resolver answers for. (The Desktop build can only run on
    /// Windows; this is what can be checked of it here.)
    /// </summary>
    public sealed class EditionLayoutTests
    {
        private static string Folder(string edition) => Path.Combine(RepositoryPaths.Root, "module", "bin", edition);

        [Fact]
        public void CoreBuild_References_AreInTheFolderOrTheRuntime()
        {
            var runtime = new HashSet<string>(Directory.GetFiles(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
            var missing = Unresolved(Folder("Core"), runtime);
            Assert.Empty(missing);
            Assert.False(File.Exists(Path.Combine(Folder("Core"), "Microsoft.Bcl.AsyncInterfaces.dll")), "The Core build must not need Microsoft.Bcl.AsyncInterfaces: PowerShell 7.4 loads its own 5.0.");
        }

        [Fact]
        public void DesktopBuild_References_AreInTheFolderOrTheDotNetFramework()
        {
            var referenceAssemblies = Path.Combine(RepositoryPaths.NuGetPackageRoot,
                "microsoft.netframework.referenceassemblies.net472", "1.0.3", "build", ".NETFramework", "v4.7.2");
            Assert.True(Directory.Exists(referenceAssemblies), "The .NET Framework 4.7.2 reference assemblies are restored by the build.");
            var framework = new HashSet<string>(
                Directory.GetFiles(referenceAssemblies, "*.dll").Concat(Directory.GetFiles(Path.Combine(referenceAssemblies, "Facades"), "*.dll")).Select(Path.GetFileNameWithoutExtension)!,
                StringComparer.OrdinalIgnoreCase);
            Assert.Empty(Unresolved(Folder("Desktop"), framework));
            Assert.True(File.Exists(Path.Combine(Folder("Desktop"), "Microsoft.Bcl.AsyncInterfaces.dll")));
            Assert.True(File.Exists(Path.Combine(Folder("Desktop"), "System.Memory.dll")));
        }

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void EditionFolder_EngineAssembly_IsNotShipped(string edition)
        {
            Assert.False(File.Exists(Path.Combine(Folder(edition), "System.Management.Automation.dll")), "The engine is the host's; shipping a reference copy would shadow it.");
        }

        /// <summary>
        /// The Core build is precompiled (ReadyToRun) by src/CloudResponsibility.ReadyToRun, and each
        /// image is still the net8.0 build PowerShell 7.4 loads: CsvHelper's net10.0 build, which a
        /// .NET 10 project would pick, references System.Runtime 10 and would not load there.
        /// </summary>
        [Theory]
        [InlineData("CloudResponsibility.PowerShell.dll")]
        [InlineData("CloudResponsibility.dll")]
        [InlineData("CsvHelper.dll")]
        public void CoreBuild_Assembly_IsPrecompiledAndStillForDotNet8(string file)
        {
            using var stream = File.OpenRead(Path.Combine(Folder("Core"), file));
            using var pe = new PEReader(stream);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, file + " has no ReadyToRun code.");
            var metadata = pe.GetMetadataReader();
            var systemRuntime = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference).Single(r => metadata.GetString(r.Name) == "System.Runtime");
            Assert.Equal(8, systemRuntime.Version.Major);
        }

        /// <summary>"assembly → reference" for every reference of the folder's assemblies that neither the folder nor the platform has.</summary>
        private static List<string> Unresolved(string folder, HashSet<string> platform)
        {
            var shipped = new HashSet<string>(Directory.GetFiles(folder, "*.dll").Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
            var missing = new List<string>();
            foreach (var assembly in Directory.GetFiles(folder, "*.dll"))
            {
                using var stream = File.OpenRead(assembly);
                using var pe = new PEReader(stream);
                var metadata = pe.GetMetadataReader();
                foreach (var handle in metadata.AssemblyReferences)
                {
                    var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                    if (name == "System.Management.Automation" || shipped.Contains(name) || platform.Contains(name)) continue;
                    missing.Add(Path.GetFileName(assembly) + " → " + name);
                }
            }
            return missing;
        }
    }
}
