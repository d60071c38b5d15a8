using System;
using System.Collections.Generic;
using System.IO;
using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    public sealed class ModuleLocatorTests : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Locate_RequestedRelativePath_IsResolvedAgainstTheCurrentDirectory()
        {
            string manifest = _temp.Write("m/Other.psd1", "@{}");

            string found = Locator().Locate("m/Other.psd1", _temp.Path);

            Assert.Equal(manifest, found);
        }

        [Fact]
        public void Locate_RequestedFolder_UsesTheManifestInside()
        {
            string manifest = _temp.Write("m/CloudResponsibility.psd1", "@{}");

            Assert.Equal(manifest, Locator().Locate(Path.Combine(_temp.Path, "m"), _temp.Path));
        }

        [Fact]
        public void Locate_RequestedPathMissing_ThrowsWithTheFullPath()
        {
            var error = Assert.Throws<ModuleNotFoundException>(() => Locator().Locate("nowhere/x.psd1", _temp.Path));

            Assert.Contains(Path.Combine(_temp.Path, "nowhere", "x.psd1"), error.Message);
            Assert.Contains("-Module", error.Message);
        }

        [Fact]
        public void Locate_RequestedPath_WinsOverTheEnvironmentVariable()
        {
            string requested = _temp.Write("a/CloudResponsibility.psd1", "@{}");
            _temp.Write("b/CloudResponsibility.psd1", "@{}");

            string found = Locator(Path.Combine(_temp.Path, "b")).Locate(requested, _temp.Path);

            Assert.Equal(requested, found);
        }

        [Fact]
        public void Locate_EnvironmentVariable_WinsOverTheSearch()
        {
            _temp.Write("CloudResponsibility.psd1", "@{}");
            string fromVariable = _temp.Write("elsewhere/CloudResponsibility.psd1", "@{}");

            Assert.Equal(fromVariable, Locator(fromVariable).Locate(null, _temp.Path));
        }

        [Fact]
        public void Locate_EnvironmentVariableMissingFile_ThrowsNamingTheVariable()
        {
            var error = Assert.Throws<ModuleNotFoundException>(() => Locator(Path.Combine(_temp.Path, "gone.psd1")).Locate(null, _temp.Path));

            Assert.Contains(ModuleLocator.PathVariable, error.Message);
        }

        [Fact]
        public void Locate_ManifestAboveTheCurrentDirectory_IsFound()
        {
            string manifest = _temp.Write("repo/CloudResponsibility.psd1", "@{}");
            string deep = _temp.CreateFolder("repo/src/a/b");

            Assert.Equal(manifest, Locator().Locate(null, deep));
        }

        [Fact]
        public void Locate_NothingAboveTheCurrentDirectory_SearchesAboveTheExecutable()
        {
            string manifest = _temp.Write("install/CloudResponsibility.psd1", "@{}");
            string executableFolder = _temp.CreateFolder("install/bin");
            string elsewhere = _temp.CreateFolder("work");

            string found = new ModuleLocator(_ => null, executableFolder).Locate(null, elsewhere);

            Assert.Equal(manifest, found);
        }

        [Fact]
        public void Locate_NothingAnywhere_ThrowsWithTheWaysOut()
        {
            string elsewhere = _temp.CreateFolder("work");

            var error = Assert.Throws<ModuleNotFoundException>(() => Locator().Locate(null, elsewhere));

            Assert.Contains("-NoModule", error.Message);
            Assert.Contains(ModuleLocator.PathVariable, error.Message);
        }

        // The temp folder is under no checkout, so the search cannot reach the repository's own manifest.
        private ModuleLocator Locator(string? variable = null)
        {
            var environment = new Dictionary<string, string?> { [ModuleLocator.PathVariable] = variable };
            return new ModuleLocator(name => environment.GetValueOrDefault(name), _temp.Path);
        }
    }
}
