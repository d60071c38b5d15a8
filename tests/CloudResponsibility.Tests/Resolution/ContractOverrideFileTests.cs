using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Resolution
{
    /// <summary>The contract-override file: read as every table is, each bad row its own error, conflicts reported, names matched as duplicates are.</summary>
    public sealed class ContractOverrideFileTests
    {
        private static CloudService Service(string name) => new CloudService(name, ServiceModel.SaaS);

        [Fact]
        public void Parse_UnterminatedQuote_CostsItsRowOnly()
        {
            var (overrides, errors) = ContractOverrideFile.Parse(
                "ServiceName,Layer,Owner,Clause\nBad,Data,Customer,\"open\nA,Data,Provider,x\nB,Data,Provider,x\nC,Data,Provider,x\nD,Data,Provider,x\n", "o.csv");
            Assert.Equal("UnbalancedQuote", Assert.Single(errors).ErrorId);
            Assert.Equal(2, errors[0].Row);
            Assert.Equal(4, overrides.Count);
            Assert.Equal(Owner.Provider, overrides.For(Service("D"), Layer.Data)!.Owner);
        }

        [Fact]
        public void Parse_ConflictingRowsForOneLayer_AreAnErrorAndTheFirstIsKept()
        {
            var (overrides, errors) = ContractOverrideFile.Parse(
                "ServiceName,Layer,Owner\nMail,Data,Customer\nmail ,Data,Provider\nMail,Data,Customer\n", "o.csv");
            var error = Assert.Single(errors);
            Assert.Equal(3, error.Row);
            Assert.Contains("row 2", error.Message);
            Assert.Equal(Owner.Customer, overrides.For(Service("Mail"), Layer.Data)!.Owner);
        }

        [Theory]
        [InlineData("ｻｰﾋﾞｽ", "サービス")]
        [InlineData("Cafe\u0301", "Café")]
        [InlineData("ＭＡＩＬ", "mail")]
        public void For_NamesThatNormaliseAlike_Match(string inFile, string inInventory)
        {
            var (overrides, errors) = ContractOverrideFile.Parse($"ServiceName,Layer,Owner\n{inFile},Data,Provider\n", "o.csv");
            Assert.Empty(errors);
            Assert.Equal(Owner.Provider, overrides.For(Service(inInventory), Layer.Data)!.Owner);
        }

        [Fact]
        public void Parse_EmptyFile_IsMissingColumns()
        {
            var (_, errors) = ContractOverrideFile.Parse(string.Empty, "o.csv");
            Assert.Equal(3, errors.Count);
            Assert.All(errors, e => Assert.Equal("MissingRequiredColumn", e.ErrorId));
        }
    }
}
