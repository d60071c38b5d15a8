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
    /// engine. The Core build keeps at its top only the assemblies PowerShell must see in its default
    /// load context (the cmdlets, the types scripts name) and puts the domain library and every
    /// third-party library in Dependencies/, which only the module's own load context reads; it needs
    /// nothing that PowerShell 7.4 ships in another version. The Desktop build, for Windows PowerShell,
    /// which has no load contexts, keeps every file in one folder, which its resolver answers for.
    /// (The Desktop build can only run on Windows; this is what can be checked of it here.)
    /// </summary>
    public sealed class EditionLayoutTests
    {
        private static readonly string[] DefaultContextAssemblies = { "CloudResponsibility.PowerShell", "CloudResponsibility.Types" };

        private static string Folder(string edition) => Path.Combine(RepositoryPaths.Root, "module", "bin", edition);

        private static string CoreDependencies => Path.Combine(Folder("Core"), "Dependencies");

        [Fact]
        public void CoreBuild_References_AreInTheFolderOrTheRuntime()
        {
            var runtime = new HashSet<string>(Directory.GetFiles(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
            Assert.Empty(Unresolved(new[] { Folder("Core"), CoreDependencies }, runtime));
            Assert.Empty(Directory.GetFiles(Folder("Core"), "Microsoft.Bcl.AsyncInterfaces.dll", SearchOption.AllDirectories));
        }

        [Fact]
        public void CoreBuild_TopFolder_HoldsOnlyTheAssembliesPowerShellMustSee()
        {
            Assert.Equal(DefaultContextAssemblies, Assemblies(Folder("Core")));
        }

        [Fact]
        public void CoreBuild_Dependencies_HoldTheDomainAndItsLibraries()
        {
            var dependencies = Assemblies(CoreDependencies);
            Assert.Contains("CloudResponsibility", dependencies);
            Assert.Contains("CsvHelper", dependencies);
            Assert.Empty(dependencies.Intersect(DefaultContextAssemblies));
        }

        /// <summary>The assembly scripts name types of loads in the default context: it must bring nothing with it.</summary>
        [Fact]
        public void CoreBuild_TypesAssembly_ReferencesNothingTheModuleShips()
        {
            var shipped = Assemblies(CoreDependencies).Concat(DefaultContextAssemblies);
            Assert.Empty(References(Path.Combine(Folder("Core"), "CloudResponsibility.Types.dll")).Intersect(shipped));
        }

        /// <summary>
        /// The resolver in the default context answers for what the cmdlets reference in Dependencies/;
        /// a direct reference to a third-party library would have it hand ours to every module.
        /// </summary>
        [Fact]
        public void CoreBuild_Cmdlets_ReferenceNoThirdPartyLibrary()
        {
            var fromDependencies = References(Path.Combine(Folder("Core"), "CloudResponsibility.PowerShell.dll")).Intersect(Assemblies(CoreDependencies));
            Assert.Equal(new[] { "CloudResponsibility" }, fromDependencies);
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
            Assert.Empty(Unresolved(new[] { Folder("Desktop") }, framework));
            Assert.True(File.Exists(Path.Combine(Folder("Desktop"), "Microsoft.Bcl.AsyncInterfaces.dll")));
            Assert.True(File.Exists(Path.Combine(Folder("Desktop"), "System.Memory.dll")));
        }

        /// <summary>Windows PowerShell has no load contexts: the Desktop resolver answers for the files of one folder.</summary>
        [Fact]
        public void DesktopBuild_EveryAssembly_IsInOneFolder()
        {
            Assert.Equal(Directory.GetFiles(Folder("Desktop"), "*.dll").Length, Directory.GetFiles(Folder("Desktop"), "*.dll", SearchOption.AllDirectories).Length);
            var assemblies = Assemblies(Folder("Desktop"));
            Assert.Contains("CloudResponsibility", assemblies);
            Assert.Contains("CsvHelper", assemblies);
            Assert.Empty(DefaultContextAssemblies.Except(assemblies));
        }

        [Theory]
        [InlineData("Core")]
        [InlineData("Desktop")]
        public void EditionFolder_EngineAssembly_IsNotShipped(string edition)
        {
            Assert.Empty(Directory.GetFiles(Folder(edition), "System.Management.Automation.dll", SearchOption.AllDirectories));
        }

        /// <summary>
        /// The Core build is precompiled (ReadyToRun) by src/CloudResponsibility.ReadyToRun, and each
        /// image, in the place of its IL, is still the net8.0 build PowerShell 7.4 loads: CsvHelper's
        /// net10.0 build, which a .NET 10 project would pick, references System.Runtime 10 and would
        /// not load there.
        /// </summary>
        [Theory]
        [InlineData("CloudResponsibility.PowerShell.dll")]
        [InlineData("CloudResponsibility.Types.dll")]
        [InlineData("Dependencies/CloudResponsibility.dll")]
        [InlineData("Dependencies/CsvHelper.dll")]
        public void CoreBuild_Assembly_IsPrecompiledAndStillForDotNet8(string file)
        {
            using var stream = File.OpenRead(Path.Combine(Folder("Core"), file));
            using var pe = new PEReader(stream);
            Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, file + " has no ReadyToRun code.");
            var metadata = pe.GetMetadataReader();
            var systemRuntime = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference).Single(r => metadata.GetString(r.Name) == "System.Runtime");
            Assert.Equal(8, systemRuntime.Version.Major);
        }

        /// <summary>The names of the assemblies directly in a folder, sorted.</summary>
        private static List<string> Assemblies(string folder) =>
            Directory.GetFiles(folder, "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)!).OrderBy(n => n, StringComparer.Ordinal).ToList();

        /// <summary>The names of the assemblies an assembly references.</summary>
        private static List<string> References(string assembly)
        {
            using var stream = File.OpenRead(assembly);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        }

        /// <summary>"assembly → reference" for every reference of the folders' assemblies that neither the folders nor the platform have.</summary>
        private static List<string> Unresolved(IReadOnlyList<string> folders, HashSet<string> platform)
        {
            var assemblies = folders.SelectMany(f => Directory.GetFiles(f, "*.dll")).ToList();
            var shipped = new HashSet<string>(assemblies.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
            return assemblies
                .SelectMany(assembly => References(assembly)
                    .Where(name => name != "System.Management.Automation" && !shipped.Contains(name) && !platform.Contains(name))
                    .Select(name => Path.GetFileName(assembly) + " → " + name))
                .ToList();
        }
    }
}
