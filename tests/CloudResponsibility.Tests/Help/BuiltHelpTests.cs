using System.IO;
using Xunit;

namespace CloudResponsibility.Tests.Help
{
    /// <summary>
    /// What the build put beside the module's two builds: the net8.0 build compiles the help once and
    /// writes it for both editions, so Windows PowerShell (module/bin/Desktop) gets the same help.
    /// </summary>
    public sealed class BuiltHelpTests
    {
        [Theory]
        [InlineData("en-US", "CloudResponsibility.PowerShell.dll-Help.xml")]
        [InlineData("en-US", "about_CloudResponsibility.help.txt")]
        [InlineData("ja-JP", "CloudResponsibility.PowerShell.dll-Help.xml")]
        [InlineData("ja-JP", "about_CloudResponsibility.help.txt")]
        public void BuiltModule_BothEditions_HaveTheSameHelpFile(string culture, string file)
        {
            var core = Path.Combine(RepositoryPaths.Root, "module", "bin", "Core", culture, file);
            var desktop = Path.Combine(RepositoryPaths.Root, "module", "bin", "Desktop", culture, file);
            Assert.True(File.Exists(core), core + " is missing: the build did not compile the help.");
            Assert.True(File.Exists(desktop), desktop + " is missing: the build did not write the Desktop edition's help.");
            Assert.Equal(File.ReadAllBytes(core), File.ReadAllBytes(desktop));
        }
    }
}
