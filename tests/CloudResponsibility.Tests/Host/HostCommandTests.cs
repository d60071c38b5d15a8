using System;
using System.IO;
using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>crhost -Command on the real engine, without the module.</summary>
    public sealed class HostCommandTests
    {
        // Only the engine's core cmdlets exist in crhost (no Write-Error), so scripts write errors the way a cmdlet does.
        private const string GetFoo =
            "function Get-Foo { [CmdletBinding()] param() "
            + "$PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new('bad thing'), 'Foo', 'NotSpecified', $null)) }; ";

        [Fact]
        public void Run_NoArguments_PrintsUsageToStderrAndReturns2()
        {
            CrhostRun run = CrhostRun.In(Path.GetTempPath());

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Usage: crhost", run.Stderr);
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void Run_UnknownOption_PrintsItAndTheUsageAndReturns2()
        {
            CrhostRun run = CrhostRun.In(Path.GetTempPath(), "-NoModule", "-Frobnicate", "-c", "1");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("'-Frobnicate'", run.Stderr);
            Assert.Contains("Usage: crhost", run.Stderr);
        }

        [Fact]
        public void Run_Help_PrintsUsageToStdoutAndReturns0()
        {
            CrhostRun run = CrhostRun.In(Path.GetTempPath(), "-Help");

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("Usage: crhost", run.Stdout);
        }

        [Fact]
        public void Run_PublicEntryPoint_RunsInTheGivenDirectory()
        {
            using var temp = new TempDirectory();
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();

            int exitCode = HostProgram.Run(new[] { "-NoModule", "-c", "$PWD.Path" }, stdout, stderr, temp.Path);

            Assert.Equal(0, exitCode);
            Assert.Equal(temp.Path, stdout.ToString().Trim());
        }

        [Fact]
        public void Run_CustomObject_PrintsATableWithItsProperties()
        {
            CrhostRun run = CrhostRun.Command("[pscustomobject]@{A=1;B='x'}");

            Assert.Equal(0, run.ExitCode);
            string[] lines = Lines(run.Stdout);
            int header = Array.FindIndex(lines, line => line.TrimEnd() == "A B");
            Assert.True(header >= 0, run.ToString());
            Assert.Equal("- -", lines[header + 1].TrimEnd());
            Assert.Equal("1 x", lines[header + 2].TrimEnd());
            Assert.Empty(run.Stderr);
        }

        [Fact]
        public void Run_ObjectWithManyProperties_PrintsAList()
        {
            CrhostRun run = CrhostRun.Command("[pscustomobject]@{A=1;B=2;C=3;D=4;E=5}");

            Assert.Contains("A : 1", run.Stdout);
            Assert.Contains("E : 5", run.Stdout);
        }

        [Fact]
        public void Run_RedirectedOutput_HasNoEscapeCodes()
        {
            CrhostRun run = CrhostRun.Command("[pscustomobject]@{A=1}; Get-NoSuchThing");

            Assert.Contains("A", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("Get-NoSuchThing", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", run.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Run_JapaneseText_RoundTripsToStdout()
        {
            CrhostRun run = CrhostRun.Command("'利用者の責任: データとアクセス管理'; [pscustomobject]@{層='アプリケーション'; 責任='利用者'}");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("利用者の責任: データとアクセス管理", run.Stdout);
            Assert.Contains("アプリケーション", run.Stdout);
        }

        [Fact]
        public void Run_JapaneseColumns_AreAlignedByDisplayWidth()
        {
            CrhostRun run = CrhostRun.Command("[pscustomobject]@{Name='利用者'; Kind='x'}, [pscustomobject]@{Name='abc'; Kind='y'}");

            string[] lines = Lines(run.Stdout);
            string wide = Array.Find(lines, line => line.StartsWith("利用者", StringComparison.Ordinal))!;
            string narrow = Array.Find(lines, line => line.StartsWith("abc", StringComparison.Ordinal))!;
            Assert.Equal(CellWidth.Of(wide.TrimEnd()), CellWidth.Of(narrow.TrimEnd()));
        }

        [Fact]
        public void Run_Exit_ReturnsItsCode()
        {
            CrhostRun run = CrhostRun.Command("'before'; exit 3; 'after'");

            Assert.Equal(3, run.ExitCode);
            Assert.Contains("before", run.Stdout);
            Assert.DoesNotContain("after", run.Stdout);
        }

        [Fact]
        public void Run_Throw_Returns1AndWritesTheMessageToStderr()
        {
            CrhostRun run = CrhostRun.Command("'before'; throw 'boom'; 'after'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("boom", run.Stderr);
            Assert.DoesNotContain("boom", run.Stdout);
            Assert.DoesNotContain("after", run.Stdout);
        }

        [Fact]
        public void Run_ThrowOnALaterLine_ShowsThePosition()
        {
            CrhostRun run = CrhostRun.Command("$null = 1\nthrow 'boom'");

            Assert.Contains("throw 'boom'", run.Stderr);
            Assert.Contains("2 |", run.Stderr);
        }

        [Fact]
        public void Run_LastStatementWritesAnError_Returns1WithTheConciseError()
        {
            CrhostRun run = CrhostRun.Command(GetFoo + "Get-Foo");

            Assert.Equal(1, run.ExitCode);
            Assert.Equal("Get-Foo: bad thing", run.Stderr.Trim());
            Assert.Empty(run.Stdout);
        }

        [Fact]
        public void Run_ErrorThenSuccessfulStatement_Returns0AndStillShowsTheError()
        {
            CrhostRun run = CrhostRun.Command(GetFoo + "Get-Foo; 'after'");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Get-Foo: bad thing", run.Stderr);
            Assert.Contains("after", run.Stdout);
        }

        [Fact]
        public void Run_ErrorActionStop_Returns1AndStopsTheScript()
        {
            CrhostRun run = CrhostRun.Command(GetFoo + "Get-Foo -ErrorAction Stop; 'after'");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Get-Foo: bad thing", run.Stderr);
            Assert.DoesNotContain("after", run.Stdout);
        }

        [Fact]
        public void Run_UnknownCommand_Returns1NamingIt()
        {
            CrhostRun run = CrhostRun.Command("Get-NoSuchThing");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Get-NoSuchThing", run.Stderr);
        }

        [Fact]
        public void Run_ParseError_Returns1AndExplains()
        {
            CrhostRun run = CrhostRun.Command("$x = ");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("ParserError", run.Stderr);
            Assert.Contains("'='", run.Stderr);
        }

        [Fact]
        public void Run_MissingMandatoryParameter_FailsInsteadOfPrompting()
        {
            CrhostRun run = CrhostRun.Command("function Get-Bar { param([Parameter(Mandatory)]$Name) $Name }; Get-Bar");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Name", run.Stderr);
        }

        [Fact]
        public void Run_WarningVerboseAndDebug_GoToStderrWithTheirPrefixes()
        {
            CrhostRun run = CrhostRun.Command(
                "function Get-Talk { [CmdletBinding()] param() $PSCmdlet.WriteWarning('careful'); $PSCmdlet.WriteVerbose('detail'); "
                + "$PSCmdlet.WriteDebug('inside'); 'result' }; $DebugPreference = 'Continue'; Get-Talk -Verbose");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("WARNING: careful", run.Stderr);
            Assert.Contains("VERBOSE: detail", run.Stderr);
            Assert.Contains("DEBUG: inside", run.Stderr);
            Assert.Equal("result", run.Stdout.Trim());
        }

        [Fact]
        public void Run_HostMessage_GoesToStdout()
        {
            CrhostRun run = CrhostRun.Command(
                "function Show-Note { [CmdletBinding()] param() "
                + "$PSCmdlet.WriteInformation([System.Management.Automation.HostInformationMessage]@{ Message = 'note to host' }, [string[]]'PSHOST') }; Show-Note");

            Assert.Equal("note to host", run.Stdout.Trim());
            Assert.Empty(run.Stderr);
        }

        [Fact]
        public void Run_Width_SetsTheBufferWidth()
        {
            CrhostRun run = CrhostRun.In(Path.GetTempPath(), "-NoModule", "-Width", "64", "-c", "$Host.UI.RawUI.BufferSize.Width");

            Assert.Equal("64", run.Stdout.Trim());
        }

        [Fact]
        public void Run_RedirectedWithoutWidth_Uses120Columns()
        {
            CrhostRun run = CrhostRun.Command("$Host.UI.RawUI.BufferSize.Width");

            Assert.Equal("120", run.Stdout.Trim());
        }

        [Fact]
        public void Run_TerminalWithoutWidth_UsesTheTerminalWidth()
        {
            var environment = new HostEnvironment(Path.GetTempPath()) { TerminalWidth = 93, GetEnvironmentVariable = _ => null };

            CrhostRun run = CrhostRun.With(environment, "-NoModule", "-c", "$Host.UI.RawUI.BufferSize.Width");

            Assert.Equal("93", run.Stdout.Trim());
        }

        private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
    }
}
