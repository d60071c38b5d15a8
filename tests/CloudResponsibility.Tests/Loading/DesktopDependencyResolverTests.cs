using System;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using Xunit;

namespace CloudResponsibility.Tests.Loading
{
    /// <summary>
    /// The rules of the resolver Windows PowerShell runs, checked on the shipped Desktop build: it
    /// answers only for assemblies its folder ships, whatever version was asked for, loads each once,
    /// and leaves every other name to whoever else answers.
    /// </summary>
    public sealed class DesktopDependencyResolverTests : IDisposable
    {
        private readonly TempDirectory folder = new TempDirectory();

        public void Dispose() => folder.Dispose();

        [Fact]
        public void Resolve_AnAssemblyTheFolderShips_LoadsTheFolderCopyWhateverVersionWasAsked()
        {
            var name = ShipProbeAssembly();

            var assembly = new ShippedDesktopResolver(folder.Path).Resolve(name + ", Version=99.0.0.0, Culture=neutral, PublicKeyToken=null");

            Assert.NotNull(assembly);
            Assert.Equal(name, assembly!.GetName().Name);
            Assert.Equal(new Version(1, 2, 3, 4), assembly.GetName().Version);
            Assert.Equal(Path.Combine(folder.Path, name + ".dll"), assembly.Location);
        }

        [Fact]
        public void Resolve_TheSameNameTwice_ReturnsTheAssemblyLoadedFirst()
        {
            var name = ShipProbeAssembly();
            var resolver = new ShippedDesktopResolver(folder.Path);

            var first = resolver.Resolve(name + ", Version=1.0.0.0");
            var second = resolver.Resolve(name + ", Version=2.0.0.0");

            Assert.NotNull(first);
            Assert.Same(first, second);
        }

        [Theory]
        [InlineData("Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")]
        [InlineData("System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
        public void Resolve_AnAssemblyTheFolderDoesNotShip_LeavesItToOthers(string requested)
        {
            ShipProbeAssembly();

            Assert.Null(new ShippedDesktopResolver(folder.Path).Resolve(requested));
        }

        /// <summary>What the Desktop build's assemblies ask for beyond .NET Framework is in its own folder, where its resolver looks.</summary>
        [Theory]
        [InlineData("CsvHelper, Version=34.0.0.0, Culture=neutral, PublicKeyToken=8c4959082be5c823")]
        [InlineData("System.Memory, Version=4.0.1.1, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
        [InlineData("Microsoft.Bcl.AsyncInterfaces, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51")]
        [InlineData("CloudResponsibility, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null")]
        [InlineData("CloudResponsibility.Types, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null")]
        public void FileOf_ADependencyOfTheDesktopBuild_IsInItsFolder(string requested)
        {
            var desktop = Path.Combine(RepositoryPaths.Root, "module", "bin", "Desktop");
            var name = new AssemblyName(requested);

            Assert.Equal(Path.Combine(desktop, name.Name + ".dll"), new ShippedDesktopResolver(desktop).FileOf(name));
        }

        [Fact]
        public void FileOf_ANameWithAPath_IsNotLookedFor()
        {
            var name = ShipProbeAssembly();
            var subfolder = folder.CreateFolder("sub");
            File.Copy(Path.Combine(folder.Path, name + ".dll"), Path.Combine(subfolder, name + ".dll"));

            Assert.Null(new ShippedDesktopResolver(folder.Path).FileOf(new AssemblyName { Name = "sub/" + name }));
        }

        /// <summary>Writes an assembly of a name no other test loads into the folder, and returns the name.</summary>
        private string ShipProbeAssembly()
        {
            var name = "ResolverProbe" + Guid.NewGuid().ToString("N");
            var builder = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = new Version(1, 2, 3, 4) }, typeof(object).Assembly);
            builder.DefineDynamicModule(name).DefineType("Probe", TypeAttributes.Public).CreateType();
            builder.Save(Path.Combine(folder.Path, name + ".dll"));
            return name;
        }
    }
}
