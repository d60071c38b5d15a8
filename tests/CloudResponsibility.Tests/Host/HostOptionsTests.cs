using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    public sealed class HostOptionsTests
    {
        [Theory]
        [InlineData("-Command")]
        [InlineData("-c")]
        [InlineData("-COMMAND")]
        [InlineData("--command")]
        public void Parse_CommandSpelling_SetsCommand(string option)
        {
            HostOptions options = HostOptions.Parse(new[] { option, "Get-Command" });

            Assert.Equal("Get-Command", options.Command);
            Assert.Null(options.File);
        }

        [Fact]
        public void Parse_OptionsInAnyCaseAfterCommand_AreRead()
        {
            HostOptions options = HostOptions.Parse(new[] { "-c", "1", "-NOMODULE", "-wIdTh", "80" });

            Assert.True(options.NoModule);
            Assert.Equal(80, options.Width);
        }

        [Fact]
        public void Parse_FileWithArguments_GivesEverythingAfterThePathToTheScript()
        {
            HostOptions options = HostOptions.Parse(new[] { "-Module", "m.psd1", "-f", "run.ps1", "a", "-Width", "3", "-c", "x" });

            Assert.Equal("run.ps1", options.File);
            Assert.Equal(new[] { "a", "-Width", "3", "-c", "x" }, options.ScriptArguments);
            Assert.Equal("m.psd1", options.ModulePath);
            Assert.Null(options.Width);
            Assert.Null(options.Command);
        }

        [Fact]
        public void Parse_FileWithoutArguments_HasNoScriptArguments()
        {
            HostOptions options = HostOptions.Parse(new[] { "-File", "run.ps1" });

            Assert.Empty(options.ScriptArguments);
        }

        [Theory]
        [InlineData("-Help")]
        [InlineData("-h")]
        [InlineData("-?")]
        [InlineData("--help")]
        public void Parse_Help_NeedsNothingElse(string option)
        {
            Assert.True(HostOptions.Parse(new[] { option }).ShowHelp);
        }

        [Fact]
        public void Parse_NoArguments_ThrowsNothingToRun()
        {
            var error = Assert.Throws<HostUsageException>(() => HostOptions.Parse(System.Array.Empty<string>()));

            Assert.Contains("-Command", error.Message);
        }

        [Fact]
        public void Parse_UnknownOption_ThrowsNamingIt()
        {
            var error = Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "1", "-Colour" }));

            Assert.Contains("'-Colour'", error.Message);
        }

        [Fact]
        public void Parse_StrayWord_Throws()
        {
            Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "Get-Command", "Get-Help" }));
        }

        [Theory]
        [InlineData("-c")]
        [InlineData("-File")]
        [InlineData("-Module")]
        [InlineData("-Width")]
        public void Parse_OptionWithoutItsValue_Throws(string option)
        {
            var error = Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { option }));

            Assert.Contains("needs a value", error.Message);
        }

        [Fact]
        public void Parse_CommandAndFile_Throws()
        {
            Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "1", "-f", "x.ps1" }));
        }

        [Fact]
        public void Parse_CommandTwice_Throws()
        {
            Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "1", "-Command", "2" }));
        }

        [Fact]
        public void Parse_ModuleAndNoModule_Throws()
        {
            Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "1", "-Module", "m.psd1", "-NoModule" }));
        }

        [Theory]
        [InlineData("wide")]
        [InlineData("0")]
        [InlineData("-80")]
        [InlineData("19")]
        [InlineData("80.5")]
        [InlineData("10001")]
        public void Parse_WidthOutOfRange_Throws(string width)
        {
            var error = Assert.Throws<HostUsageException>(() => HostOptions.Parse(new[] { "-c", "1", "-Width", width }));

            Assert.Contains("-Width", error.Message);
        }
    }
}
