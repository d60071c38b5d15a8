using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Parsing
{
    public sealed class ContractOverrideParserTests
    {
        [Theory]
        [InlineData("Data=Customer", "Data=Customer")]
        [InlineData("data=provider", "Data=Provider")]
        [InlineData(" Data = Shared ", "Data=Shared")]
        [InlineData("Data=Provider:Art. 12", "Data=Provider:Art. 12")]
        [InlineData("Data=Provider: Art. 12: the vendor keeps backups ", "Data=Provider:Art. 12: the vendor keeps backups")]
        [InlineData("Data=Provider;Network=Customer", "Data=Provider;Network=Customer")]
        [InlineData("Data=Provider\r\nNetwork=Customer\n", "Data=Provider;Network=Customer")]
        [InlineData("Data=Provider;;", "Data=Provider")]
        [InlineData("GuestOS=Customer", "GuestOS=Customer")]
        [InlineData("Guest OS=Customer", "GuestOS=Customer")]
        [InlineData("accounts and access=shared", "AccountsAndAccess=Shared")]
        [InlineData("Physical-Infrastructure=Provider", "PhysicalInfrastructure=Provider")]
        [InlineData("Virtualisation=Provider", "Virtualization=Provider")]
        [InlineData("Data=利用者", "Data=Customer")]
        [InlineData("Data=事業者", "Data=Provider")]
        [InlineData("Data=共同", "Data=Shared")]
        [InlineData("Data=共有", "Data=Shared")]
        [InlineData("Ｄａｔａ＝利用者：第５条", "Data=Customer:第５条")]
        [InlineData("Data=Customer；Facility=Provider", "Data=Customer;Facility=Provider")]
        public void TryParse_ValidCell_ReturnsOverrides(string text, string expected)
        {
            Assert.True(ContractOverrideParser.TryParse(text, out var overrides, out var error), error?.Problem.ToString());
            Assert.Null(error);
            Assert.Equal(expected, overrides.ToString());
        }

        [Fact]
        public void TryParse_Clause_KeptAsWritten()
        {
            Assert.True(ContractOverrideParser.TryParse("Data=Provider:Ａｒｔ．１２ (=formula?)", out var overrides, out _));
            var single = Assert.Single(overrides);
            Assert.Equal(new ContractOverride(Layer.Data, Owner.Provider, "Ａｒｔ．１２ (=formula?)"), single);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData(" ;\n ")]
        public void TryParse_Empty_ReturnsEmptyList(string? text)
        {
            Assert.True(ContractOverrideParser.TryParse(text, out var overrides, out _));
            Assert.Empty(overrides);
        }

        [Theory]
        [InlineData("Data", "Data", ContractOverrideProblem.NotLayerEqualsOwner, "Data")]
        [InlineData("Data:Customer", "Data:Customer", ContractOverrideProblem.NotLayerEqualsOwner, "Data:Customer")]
        [InlineData("Dta=Customer", "Dta=Customer", ContractOverrideProblem.UnknownLayer, "Dta")]
        [InlineData("=Customer", "=Customer", ContractOverrideProblem.UnknownLayer, "")]
        [InlineData("Data=Vendor", "Data=Vendor", ContractOverrideProblem.UnknownOwner, "Vendor")]
        [InlineData("Data=", "Data=", ContractOverrideProblem.UnknownOwner, "")]
        [InlineData("Data=Customer;Network=Someone", "Network=Someone", ContractOverrideProblem.UnknownOwner, "Someone")]
        [InlineData("Data=Customer;data=Provider", "data=Provider", ContractOverrideProblem.RepeatedLayer, "Data")]
        public void TryParse_InvalidItem_NamesItTheProblemAndThePartAtFault(string text, string expectedItem, ContractOverrideProblem expectedProblem, string expectedDetail)
        {
            Assert.False(ContractOverrideParser.TryParse(text, out _, out var error));
            Assert.Equal(expectedItem, error.Item);
            Assert.Equal(expectedProblem, error.Problem);
            Assert.Equal(expectedDetail, error.Detail);
        }

        [Fact]
        public void LayerParser_EveryLayerName_ReadsBack()
        {
            foreach (var layer in System.Enum.GetValues(typeof(Layer)).Cast<Layer>())
            {
                Assert.True(LayerParser.TryParse(layer.ToString().ToUpperInvariant(), out var parsed));
                Assert.Equal(layer, parsed);
            }
        }

        [Theory]
        [InlineData("Customer", Owner.Customer)]
        [InlineData("CUSTOMER", Owner.Customer)]
        [InlineData("利用者", Owner.Customer)]
        [InlineData("provider", Owner.Provider)]
        [InlineData("事業者", Owner.Provider)]
        [InlineData("Shared", Owner.Shared)]
        [InlineData("共同", Owner.Shared)]
        [InlineData("共有", Owner.Shared)]
        public void OwnerParser_KnownName_ReturnsOwner(string text, Owner expected)
        {
            Assert.True(OwnerParser.TryParse(text, out var owner));
            Assert.Equal(expected, owner);
        }
    }
}
