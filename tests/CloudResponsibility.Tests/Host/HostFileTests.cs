using System;
using System.IO;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    /// <summary>crhost -File on the real engine, without the module.</summary>
    public sealed class HostFileTests : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Run_FileWithArguments_ReceivesThemAsArgs()
        {
            _temp.Write("echo.ps1", "\"count=$($args.Count)\"; $args | ForEach-Object { \"arg=$_\" }");

            CrhostRun run = RunFile("echo.ps1", "one", "two words", "三");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(new[] { "count=3", "arg=one", "arg=two words", "arg=三" }, Lines(run.Stdout));
        }

        [Fact]
        public void Run_FileWithParamBlock_BindsPositionallyAndLeavesTheRestInArgs()
        {
            _temp.Write("params.ps1", "param($First, $Second)\n\"$First|$Second|$($args -join ',')\"");

            CrhostRun run = RunFile("params.ps1", "a", "b", "c");

            Assert.Equal("a|b|c", run.Stdout.Trim());
        }

        [Fact]
        public void Run_FileWithNamedArguments_BindsByNameAndSwitches()
        {
            _temp.Write("named.ps1", "param($First, $Second, [switch]$Flag, [bool]$On = $true)\n\"$First|$Second|$Flag|$On\"");

            CrhostRun run = RunFile("named.ps1", "-Second", "b", "-Flag", "-On:$false", "a");

            Assert.Equal("a|b|True|False", run.Stdout.Trim());
        }

        [Fact]
        public void Run_File_KnowsItsOwnPath()
        {
            string script = _temp.Write("sub/where.ps1", "$PSScriptRoot; $PSCommandPath; $MyInvocation.MyCommand.Path");

            CrhostRun run = RunFile(Path.Combine("sub", "where.ps1"));

            Assert.Equal(new[] { Path.GetDirectoryName(script)!, script, script }, Lines(run.Stdout));
        }

        [Fact]
        public void Run_FileExit_ReturnsItsCode()
        {
            _temp.Write("exit.ps1", "'before'\nexit 4\n'after'");

            CrhostRun run = RunFile("exit.ps1");

            Assert.Equal(4, run.ExitCode);
            Assert.Equal("before", run.Stdout.Trim());
        }

        [Fact]
        public void Run_FileExitInsideAFunction_ReturnsItsCode()
        {
            _temp.Write("exit-in-function.ps1", "function Stop-Now { exit 5 }\nStop-Now\n'after'");

            Assert.Equal(5, RunFile("exit-in-function.ps1").ExitCode);
        }

        [Fact]
        public void Run_FileExitZeroAfterErrors_Returns0()
        {
            _temp.Write("exit0.ps1", "Get-NoSuchThing\nexit 0");

            Assert.Equal(0, RunFile("exit0.ps1").ExitCode);
        }

        [Fact]
        public void Run_FileEndingAfterANonTerminatingError_Returns0LikePwsh()
        {
            _temp.Write("error-then-end.ps1", "'start'\nGet-NoSuchThing");

            CrhostRun run = RunFile("error-then-end.ps1");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Get-NoSuchThing", run.Stderr);
        }

        [Fact]
        public void Run_FileThrow_Returns1WithTheScriptAndLine()
        {
            string script = _temp.Write("throw.ps1", "'start'\nthrow 'boom in file'");

            CrhostRun run = RunFile("throw.ps1");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("boom in file", run.Stderr);
            Assert.Contains(script + ":2", run.Stderr);
        }

        [Fact]
        public void Run_FileWithParseError_Returns1()
        {
            _temp.Write("broken.ps1", "'start'\nif (");

            CrhostRun run = RunFile("broken.ps1");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("broken.ps1", run.Stderr);
            Assert.DoesNotContain("start", run.Stdout);
        }

        [Fact]
        public void Run_MissingFile_Returns2NamingIt()
        {
            CrhostRun run = RunFile("absent.ps1");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(Path.Combine(_temp.Path, "absent.ps1"), run.Stderr);
        }

        [Fact]
        public void Run_FileThatIsNotAScript_Returns2()
        {
            _temp.Write("notes.txt", "'hello'");

            CrhostRun run = RunFile("notes.txt");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains(".ps1", run.Stderr);
        }

        private CrhostRun RunFile(string script, params string[] arguments)
        {
            string[] args = new string[3 + arguments.Length];
            args[0] = "-NoModule";
            args[1] = "-File";
            args[2] = script;
            arguments.CopyTo(args, 3);
            return CrhostRun.In(_temp.Path, args);
        }

        private static string[] Lines(string text) =>
            text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
