using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The columns that types declare, as a report reads them.</summary>
    public sealed class ReportColumnsTests
    {
        private static readonly CloudService Service = new CloudService("CRM", ServiceModel.SaaS, vendor: "Salesforce",
            deploymentModel: DeploymentModel.Public, dataLocation: new ValueList<string>(new[] { "JP", "US" }), personalData: true,
            additionalColumns: new[] { new KeyValuePair<string, string>("CostCenter", "CC-1") });

        private static ServiceResponsibility FirstRow(CloudService service) =>
            new MatrixResolver(CloudCatalog.Default.In(Language.En)).Resolve(service).First();

        [Fact]
        public void Names_AMatrixRow_AreItsDeclaredColumnsInOrderWithoutItsService()
        {
            Assert.Equal(new[]
            {
                "ServiceName", "ServiceModel", "Layer", "Owner", "IsOverridden", "Clause", "GeneralOwner", "CustomerDuty", "ProviderDuty",
                "Source", "LayerOrder", "LayerName", "Language", "Vendor", "DeploymentModel", "DataLocation", "VendorCountry",
                "PersonalData", "EuPersonalData", "MedicalData", "ExportControlled", "ServiceOwner",
            }, ReportColumns.Of(typeof(ServiceResponsibility))!.Names);
        }

        [Fact]
        public void Names_ALegalFinding_LeaveOutItsLinks()
        {
            var names = ReportColumns.Of(typeof(ServiceLegalFinding))!.Names;
            Assert.DoesNotContain("Service", names);
            Assert.DoesNotContain("Consideration", names);
            Assert.Equal("ServiceName", names[0]);
        }

        [Theory]
        [InlineData(typeof(CloudThreat))]
        [InlineData(typeof(ResponsibilityEntry))]
        [InlineData(typeof(CheckSubPoint))]
        [InlineData(typeof(LegalConsideration))]
        public void Names_ACatalogEntry_StartWithTheBaseClassColumns(Type type) =>
            Assert.Equal(new[] { "Id", "Name", "Description", "Source", "Language" }, ReportColumns.Of(type)!.Names.Take(5));

        [Theory]
        [InlineData(typeof(UriBuilder))]
        [InlineData(typeof(InventoryReadResult))]
        [InlineData(typeof(string))]
        public void Of_ATypeThatDeclaresNoColumns_IsNull(Type type) => Assert.Null(ReportColumns.Of(type));

        [Theory]
        [InlineData(typeof(WithASetter))]
        [InlineData(typeof(WithTwoPairProperties))]
        [InlineData(typeof(WithPairsOfAnotherType))]
        public void Of_ADeclarationThatBreaksTheRules_ThrowsNamingTheType(Type type)
        {
            var exception = Assert.Throws<InvalidOperationException>(() => ReportColumns.Of(type));
            Assert.Contains(type.FullName!, exception.Message);
        }

        [Fact]
        public void Read_AMatrixRow_GivesTheCellsEnumsByNameAndThePairsLast()
        {
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!;
            var row = FirstRow(Service);
            var names = columns.NamesOf(row);
            var values = columns.Read(row);
            Assert.Equal(names.Count, values.Length);
            Assert.Equal("CostCenter", names[^1]);
            Assert.Equal("CC-1", values[^1]);
            Assert.Equal("SaaS", values[names.ToList().IndexOf("ServiceModel")]);
            Assert.Equal("Public", values[names.ToList().IndexOf("DeploymentModel")]);
            Assert.Equal(1, values[names.ToList().IndexOf("LayerOrder")]);
            Assert.Equal(true, values[names.ToList().IndexOf("PersonalData")]);
            Assert.Null(values[names.ToList().IndexOf("MedicalData")]);
        }

        [Fact]
        public void Write_AMatrixRow_GivesTheWriterTheCellsReadGives()
        {
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!;
            var row = FirstRow(Service);
            var writer = new RecordingWriter();
            columns.Write(row, writer);
            Assert.Equal(columns.Read(row), writer.Cells);
        }

        [Fact]
        public void NamesOf_ARowWithoutPairs_AreTheDeclaredNames()
        {
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!;
            Assert.Same(columns.Names, columns.NamesOf(FirstRow(new CloudService("Mail", ServiceModel.SaaS))));
        }

        [Fact]
        public void Select_RowColumnsAndAnInventoryColumn_ReadsThemInThatOrder()
        {
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!.Select(new[] { "layer", "costcenter", " ServiceName", "PersonalData" });
            var row = FirstRow(Service);
            Assert.Equal(new[] { "Layer", "costcenter", "ServiceName", "PersonalData" }, columns.NamesOf(row));
            Assert.Equal(new object?[] { "Data", "CC-1", "CRM", true }, columns.Read(row));
        }

        [Fact]
        public void MissingIn_AnInventoryColumnTheRowLacks_NamesItAndOnlyIt()
        {
            var columns = ReportColumns.Of(typeof(ServiceResponsibility))!.Select(new[] { "ServiceName", "CostCentre", "CostCenter" });
            Assert.Equal(new[] { "CostCentre" }, columns.MissingIn(FirstRow(Service)));
        }

        [Theory]
        [InlineData("Layer", "LAYER")]
        [InlineData("Layer", " ")]
        public void Select_ANameTwiceOrEmpty_Throws(string first, string second) =>
            Assert.Throws<ArgumentException>(() => ReportColumns.Of(typeof(ServiceResponsibility))!.Select(new[] { first, second }));

        [Fact]
        public void Select_ANameOfNoColumnOnATypeWithoutPairs_ThrowsUnknownColumn()
        {
            var exception = Assert.Throws<UnknownColumnException>(() => ReportColumns.Of(typeof(ResponsibilityEntry))!.Select(new[] { "Layer", "Nope" }));
            Assert.Equal(new[] { "Nope" }, exception.Unknown);
            Assert.Contains("Layer", exception.Available);
        }

        [Fact]
        public void ToString_InventoryColumns_NamesEachValue()
        {
            var columns = new CloudService("Mail", ServiceModel.SaaS, additionalColumns: new[]
            {
                new KeyValuePair<string, string>("CostCenter", "IT-100"), new KeyValuePair<string, string>("ContractEnd", "2027-03-31"),
            }).AdditionalColumns;
            Assert.Equal("CostCenter=IT-100;ContractEnd=2027-03-31", columns.ToString());
            Assert.Equal(string.Empty, new CloudService("Chat", ServiceModel.SaaS).AdditionalColumns.ToString());
        }

        [Fact]
        public void ToString_AValueList_JoinsItsValuesInvariantly()
        {
            Assert.Equal("JP;US", Service.DataLocation.ToString());
            Assert.Equal("1.5;2", new ValueList<double>(new[] { 1.5, 2 }).ToString());
        }

        [Fact]
        public void Write_ACellOfEveryKind_GoesThroughTheWritersTypedCell()
        {
            var writer = new RecordingWriter();
            ReportColumns.Of(typeof(ServiceResponsibility))!.Write(FirstRow(Service), writer);
            Assert.Equal(
                new[] { "Text", "Text", "Text", "Text", "Boolean", "Text", "Text", "Text", "Text", "Text", "Integer", "Text", "Text", "Text", "Text", "Cell", "Text", "Boolean", "Text", "Text", "Text", "Text", "Text" },
                writer.Kinds);
        }

        [Fact]
        public void Write_AnEnumValueThatIsNoMember_IsNamedAsToStringNamesIt()
        {
            var writer = new RecordingWriter();
            ReportColumns.Of(typeof(CloudService))!.Write(new CloudService("Odd", (ServiceModel)99, deploymentModel: (DeploymentModel)42), writer);
            Assert.Equal(new object?[] { "Odd", null, "99", "42" }, writer.Cells.Take(4));
        }

        /// <summary>Keeps the cells it is given, and through which of the writer's methods each came.</summary>
        private sealed class RecordingWriter : ReportWriter
        {
            public List<object?> Cells { get; } = new List<object?>();

            public List<string> Kinds { get; } = new List<string>();

            public override void Text(string? text) => Keep("Text", text);

            public override void Boolean(bool value) => Keep("Boolean", value);

            public override void Integer(int value) => Keep("Integer", value);

            private void Keep(string kind, object? value)
            {
                Cells.Add(value);
                Kinds.Add(kind);
            }

            public override void WriteHeader(IReadOnlyList<string> columns)
            {
            }

            public override void StartRow()
            {
            }

            public override void Cell(object? value) => Keep("Cell", value);

            public override void EndRow()
            {
            }

            public override void Finish()
            {
            }
        }

        private sealed class WithASetter
        {
            [ReportColumn]
            public string Name { get; set; } = string.Empty;
        }

        private sealed class WithTwoPairProperties
        {
            [ReportColumnPairs]
            public IReadOnlyList<KeyValuePair<string, string>> First { get; } = Array.Empty<KeyValuePair<string, string>>();

            [ReportColumnPairs]
            public IReadOnlyList<KeyValuePair<string, string>> Second { get; } = Array.Empty<KeyValuePair<string, string>>();
        }

        private sealed class WithPairsOfAnotherType
        {
            [ReportColumnPairs]
            public IReadOnlyList<string> Pairs { get; } = Array.Empty<string>();
        }
    }
}
