using System;
using System.IO;
using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>
    /// How crhost finds and imports a module, with a small stand-in module written by each test, so that these tests
    /// do not depend on the CloudResponsibility cmdlets.
    /// </summary>
    public sealed class HostModuleTests : IDisposable
    {
        private const string Manifest =
            "@{ RootModule = 'Probe.psm1'; ModuleVersion = '1.0.0'; FormatsToProcess = @('Probe.Format.ps1xml'); FunctionsToExport = @('Get-Probe') }";

        private const string RootModule =
            "function Get-Probe { [pscustomobject]@{ PSTypeName = 'Crhost.Probe'; Name = 'probe-1'; Hidden = 'not shown' } }";

        // A table view that shows only Name, under a label no default view would print.
        private const string Formats =
            """
            <?xml version="1.0" encoding="utf-8"?>
            <Configuration>
              <ViewDefinitions>
                <View>
                  <Name>Crhost.Probe</Name>
                  <ViewSelectedBy><TypeName>Crhost.Probe</TypeName></ViewSelectedBy>
                  <TableControl>
                    <TableHeaders><TableColumnHeader><Label>ProbeName</Label></TableColumnHeader></TableHeaders>
                    <TableRowEntries><TableRowEntry><TableColumnItems>
                      <TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem>
                    </TableColumnItems></TableRowEntry></TableRowEntries>
                  </TableControl>
                </View>
              </ViewDefinitions>
            </Configuration>
            """;

        private readonly TempDirectory _temp = new();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Run_ImportsTheModuleFoundAboveTheCurrentDirectory_AndFormatsWithItsViews()
        {
            WriteModule("repo");
            string deep = _temp.CreateFolder("repo/samples/inner");

            CrhostRun run = CrhostRun.In(deep, "-c", "Get-Probe");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("ProbeName", run.Stdout);
            Assert.Contains("probe-1", run.Stdout);
            Assert.DoesNotContain("not shown", run.Stdout);
        }

        [Fact]
        public void Run_ModuleOption_ImportsThatManifest()
        {
            string manifest = WriteModule("lib");

            CrhostRun run = CrhostRun.In(_temp.CreateFolder("work"), "-Module", manifest, "-c", "(Get-Module).Name");

            Assert.Equal("CloudResponsibility", run.Stdout.Trim());
        }

        [Fact]
        public void Run_EnvironmentVariable_ChoosesTheManifest()
        {
            string manifest = WriteModule("from-variable");
            var environment = new HostEnvironment(_temp.CreateFolder("work"))
            {
                BaseDirectory = _temp.Path,
                GetEnvironmentVariable = name => name == ModuleLocator.PathVariable ? manifest : null,
            };

            CrhostRun run = CrhostRun.With(environment, "-c", "(Get-Module).Path");

            Assert.Equal(Path.Combine(_temp.Path, "from-variable", "Probe.psm1"), run.Stdout.Trim());
        }

        [Fact]
        public void Run_NoModule_ImportsNothing()
        {
            WriteModule("repo");

            CrhostRun run = CrhostRun.In(Path.Combine(_temp.Path, "repo"), "-NoModule", "-c", "@(Get-Module).Count");

            Assert.Equal("0", run.Stdout.Trim());
        }

        [Fact]
        public void Run_MissingModulePath_Returns1WithAClearMessage()
        {
            string missing = Path.Combine(_temp.Path, "nowhere", "CloudResponsibility.psd1");

            CrhostRun run = CrhostRun.In(_temp.Path, "-Module", missing, "-c", "'ran'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(missing, run.Stderr);
            Assert.Contains("does not exist", run.Stderr);
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void Run_NoModuleAnywhere_Returns1SayingHowToChooseOne()
        {
            CrhostRun run = CrhostRun.In(_temp.CreateFolder("empty"), "-c", "'ran'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("-NoModule", run.Stderr);
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void Run_ModuleThatFailsToImport_Returns1WithTheReasonAndDoesNotRunTheCommand()
        {
            _temp.Write("bad/CloudResponsibility.psd1", "@{ RootModule = 'Bad.psm1'; ModuleVersion = '1.0.0' }");
            _temp.Write("bad/Bad.psm1", "throw 'the cmdlet assembly is missing'");

            CrhostRun run = CrhostRun.In(Path.Combine(_temp.Path, "bad"), "-c", "'ran'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("the cmdlet assembly is missing", run.Stderr);
            Assert.DoesNotContain("ran", run.Stdout);
        }

        private string WriteModule(string folder)
        {
            _temp.Write(Path.Combine(folder, "Probe.psm1"), RootModule);
            _temp.Write(Path.Combine(folder, "Probe.Format.ps1xml"), Formats);
            return _temp.Write(Path.Combine(folder, ModuleLocator.ManifestFileName), Manifest);
        }
    }
}
