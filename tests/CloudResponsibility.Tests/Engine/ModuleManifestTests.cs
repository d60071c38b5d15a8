using System.Collections;
using System.Linq;
using System.Management.Automation;
using Xunit;

namespace CloudResponsibility.Tests.Engine
{
    /// <summary>The manifest loads, passes Test-ModuleManifest, and exports exactly the cmdlets the assembly has.</summary>
    public sealed class ModuleManifestTests
    {
        [Fact]
        public void TestModuleManifest_Manifest_PassesWithTheDeclaredEditionsAndVersion()
        {
            using var session = new ModuleSession();
            var info = session.Run($"Test-ModuleManifest -Path '{RepositoryPaths.Manifest}'").WithoutErrors().Of<PSModuleInfo>().Single();
            Assert.Equal(new[] { "Desktop", "Core" }, info.CompatiblePSEditions);
            Assert.Equal("5.1", info.PowerShellVersion.ToString());
        }

        [Fact]
        public void ExportedCmdlets_ImportedModule_MatchTheManifestAndTheAssembly()
        {
            using var session = new ModuleSession();
            var exported = session.Run("Get-Command -Module CloudResponsibility -CommandType Cmdlet | ForEach-Object Name").WithoutErrors().Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();
            var declared = session.Run($"(Test-ModuleManifest -Path '{RepositoryPaths.Manifest}').ExportedCmdlets.Keys").WithoutErrors().Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();
            var inAssembly = session.Run("(Get-Module CloudResponsibility).NestedModules | ForEach-Object { $_.ExportedCmdlets.Keys }").WithoutErrors().Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();
            Assert.Equal(declared, exported);
            Assert.Equal(declared, inAssembly);
        }

        [Fact]
        public void ExportedCmdlets_Verbs_AreApproved()
        {
            using var session = new ModuleSession();
            var approved = new[] { typeof(VerbsCommon), typeof(VerbsData), typeof(VerbsLifecycle), typeof(VerbsDiagnostic), typeof(VerbsCommunications), typeof(VerbsSecurity), typeof(VerbsOther) }
                .SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).ToHashSet();
            var verbs = session.Run("Get-Command -Module CloudResponsibility | ForEach-Object Verb").WithoutErrors().Output.Select(o => (string)o.BaseObject).ToList();
            Assert.NotEmpty(verbs);
            Assert.All(verbs, verb => Assert.Contains(verb, approved));
        }
    }
}
