using System.Collections.Generic;
using System.Management.Automation.Runspaces;
using CloudResponsibility.Host;
using Xunit;

namespace CloudResponsibility.Tests.Host
{
    public sealed class ScriptArgumentsTests
    {
        [Fact]
        public void ToParameters_PlainWords_ArePositionalInOrder()
        {
            IReadOnlyList<CommandParameter> parameters = ScriptArguments.ToParameters(new[] { "a", "b c", "-" });

            Assert.All(parameters, p => Assert.Null(p.Name));
            Assert.Equal(new object[] { "a", "b c", "-" }, new[] { parameters[0].Value, parameters[1].Value, parameters[2].Value });
        }

        [Fact]
        public void ToParameters_DashWord_IsANameLeftForTheBinderToPair()
        {
            IReadOnlyList<CommandParameter> parameters = ScriptArguments.ToParameters(new[] { "-Path", "x" });

            Assert.Equal("-Path", parameters[0].Name);
            Assert.Null(parameters[0].Value);
            Assert.Null(parameters[1].Name);
            Assert.Equal("x", parameters[1].Value);
        }

        [Theory]
        [InlineData("-Flag:$false", false)]
        [InlineData("-Flag:true", true)]
        [InlineData("-Flag:$True", true)]
        public void ToParameters_BooleanAfterColon_IsABoolean(string word, bool expected)
        {
            CommandParameter parameter = Assert.Single(ScriptArguments.ToParameters(new[] { word }));

            Assert.Equal("-Flag", parameter.Name);
            Assert.Equal(expected, parameter.Value);
        }

        [Fact]
        public void ToParameters_TextAfterColon_IsTheValue()
        {
            CommandParameter parameter = Assert.Single(ScriptArguments.ToParameters(new[] { "-Path:C:\\x" }));

            Assert.Equal("-Path", parameter.Name);
            Assert.Equal("C:\\x", parameter.Value);
        }

        [Fact]
        public void ToParameters_TrailingColon_TakesTheNextWordAsValue()
        {
            CommandParameter parameter = Assert.Single(ScriptArguments.ToParameters(new[] { "-Name:", "-value-" }));

            Assert.Equal("-Name", parameter.Name);
            Assert.Equal("-value-", parameter.Value);
        }
    }
}
