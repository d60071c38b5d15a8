using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Resolution;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>The columns of the module's objects, as a report reads them.</summary>
    public sealed class ObjectColumnsTests
    {
        private static readonly CloudService Service = new CloudService("CRM", ServiceModel.SaaS, vendor: "Salesforce",
            deploymentModel: DeploymentModel.Public, dataLocation: new ValueList<string>(new[] { "JP", "US" }), personalData: true,
            additionalColumns: new[] { new KeyValuePair<string, string>("CostCenter", "CC-1") });

        private static ServiceResponsibility FirstRow(CloudService service) =>
            new MatrixResolver(CloudCatalog.Default.In(Language.En)).Resolve(service).First();

        [Theory]
        [InlineData(typeof(ServiceResponsibility))]
        [InlineData(typeof(CloudService))]
        [InlineData(typeof(ServiceLegalFinding))]
        [InlineData(typeof(CloudThreat))]
        [InlineData(typeof(ResponsibilityEntry))]
        public void CanBeReadLater_TheModulesReadOnlyObjects_IsTrue(Type type) =>
            Assert.True(ObjectColumns.For(type).CanBeReadLater);

        [Theory]
        [InlineData(typeof(ReportOptions))] // the module's, but with setters
        [InlineData(typeof(UriBuilder))]
        [InlineData(typeof(FileInfo))]
        public void CanBeReadLater_ObjectsThatCanChange_IsFalse(Type type) =>
            Assert.False(ObjectColumns.For(type).CanBeReadLater);

        [Fact]
        public void ReadInto_ARow_GivesEnumNamesAsTextAndTheExtraColumnsLast()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility));
            var buffer = Array.Empty<object?>();
            var names = columns.ReadInto(FirstRow(Service), ref buffer);
            Assert.Equal(names.Count, buffer.Length);
            Assert.Equal("CostCenter", names[^1]);
            Assert.Equal("CC-1", buffer[^1]);
            Assert.Equal("SaaS", buffer[names.ToList().IndexOf("ServiceModel")]);
            Assert.Equal("Public", buffer[names.ToList().IndexOf("DeploymentModel")]);
            Assert.Equal(true, buffer[names.ToList().IndexOf("PersonalData")]);
            Assert.Null(buffer[names.ToList().IndexOf("MedicalData")]);
        }

        [Theory]
        [InlineData(typeof(ServiceResponsibility))]
        [InlineData(typeof(CloudService))]
        [InlineData(typeof(ResponsibilityEntry))]
        public void WriteCells_AnyOfTheModulesObjects_GivesTheCellsReadIntoReads(Type type)
        {
            var row = FirstRow(Service);
            object instance = type == typeof(CloudService) ? Service : type == typeof(ResponsibilityEntry) ? CloudCatalog.Default.In(Language.En).Matrix.First() : row;
            var columns = ObjectColumns.For(type);
            var buffer = Array.Empty<object?>();
            var names = columns.ReadInto(instance, ref buffer);
            var sink = new RecordingSink();
            columns.WriteCells(instance, sink);
            Assert.Same(names, columns.NamesOf(instance));
            Assert.Equal(buffer, sink.Cells);
        }

        public static TheoryData<string, object> HandWrittenRows()
        {
            var withOverride = new CloudService("HR", ServiceModel.PaaS, personalData: false, euPersonalData: true, medicalData: false, exportControlled: true,
                vendorCountry: "US", owner: "情報システム部",
                contractOverrides: new ValueList<ContractOverride>(new[] { new ContractOverride(Layer.Data, Owner.Provider, "Art. 12") }));
            var bare = new CloudService("Mail", ServiceModel.IaaS);
            var resolver = new MatrixResolver(CloudCatalog.Default.In(Language.Ja));
            var data = new TheoryData<string, object>();
            foreach (var service in new[] { Service, withOverride, bare })
            {
                data.Add(service.ServiceName, service);
                foreach (var row in resolver.Resolve(service)) data.Add($"{service.ServiceName}/{row.Layer}", row);
            }
            data.Add("a model that is no member", new CloudService("Odd", (ServiceModel)99, deploymentModel: (DeploymentModel)42));
            return data;
        }

        [Theory]
        [MemberData(nameof(HandWrittenRows))]
        public void WriteCells_TheRowsWrittenByHand_GiveTheCellsCompiledFromTheirProperties(string name, object instance)
        {
            var handWritten = new RecordingSink();
            var compiled = new RecordingSink();
            ObjectColumns.For(instance.GetType()).WriteCells(instance, handWritten);
            ObjectColumns.Compiled(instance.GetType()).WriteCells(instance, compiled);

            Assert.NotNull(KnownRowCells.For(instance.GetType()));
            Assert.True(compiled.Calls.Count > 10, name);
            Assert.Equal(compiled.Calls, handWritten.Calls);
            Assert.Equal(ObjectColumns.Compiled(instance.GetType()).NamesOf(instance), ObjectColumns.For(instance.GetType()).NamesOf(instance));
        }

        [Fact]
        public void Select_RowColumnsAndAnInventoryColumn_ReadsThemInThatOrderTyped()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility)).Select(new[] { "layer", "costcenter", "ServiceName", "PersonalData" });
            var row = FirstRow(Service);
            var buffer = Array.Empty<object?>();
            var names = columns.ReadInto(row, ref buffer);
            var sink = new RecordingSink();
            columns.WriteCells(row, sink);

            Assert.Equal(new[] { "Layer", "costcenter", "ServiceName", "PersonalData" }, names);
            Assert.Equal(new object?[] { "Data", "CC-1", "CRM", true }, buffer);
            Assert.Equal(buffer, sink.Cells);
            Assert.Same(names, columns.NamesOf(row));
        }

        [Fact]
        public void Select_TheSameNamesAgain_GivesTheSelectionAlreadyMade()
        {
            var all = ObjectColumns.For(typeof(ServiceResponsibility));
            var first = all.Select(new[] { "ServiceName", "Layer", "Owner" });
            Assert.Same(first, all.Select(new[] { " servicename", "LAYER", "Owner " }));
            Assert.NotSame(first, all.Select(new[] { "Layer", "ServiceName", "Owner" }));
        }

        [Fact]
        public void Select_InventoryColumnsWhoseNamesJoinAlike_AreDifferentSelections()
        {
            var all = ObjectColumns.For(typeof(ServiceResponsibility));
            var one = all.Select(new[] { "1:a2:b" });
            var two = all.Select(new[] { "a", "b" });
            var lineBreak = all.Select(new[] { "a\nb" });
            Assert.Equal(new[] { "1:a2:b" }, one.Names);
            Assert.Equal(new[] { "a", "b" }, two.Names);
            Assert.Equal(new[] { "a\nb" }, lineBreak.Names);
        }

        [Fact]
        public void MissingIn_AnInventoryColumnTheRowLacks_NamesItAndOnlyIt()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility)).Select(new[] { "ServiceName", "CostCentre", "CostCenter" });
            Assert.Equal(new[] { "CostCentre" }, columns.MissingIn(FirstRow(Service)));
        }

        [Theory]
        [InlineData("Layer", "LAYER")]
        [InlineData("Layer", " ")]
        public void Select_ANameTwiceOrEmpty_Throws(string first, string second) =>
            Assert.Throws<ArgumentException>(() => ObjectColumns.For(typeof(ServiceResponsibility)).Select(new[] { first, second }));

        [Fact]
        public void Select_ANameOfNoColumnOnATypeWithoutInventoryColumns_ThrowsUnknownColumn()
        {
            var exception = Assert.Throws<UnknownColumnException>(() => ObjectColumns.For(typeof(ResponsibilityEntry)).Select(new[] { "Layer", "Nope" }));
            Assert.Equal(new[] { "Nope" }, exception.Unknown);
            Assert.Contains("Layer", exception.Available);
        }

        [Fact]
        public void GetValue_AnEnumColumn_StaysTyped()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility));
            var index = columns.Names.ToList().IndexOf("ServiceModel");
            Assert.Equal(ServiceModel.SaaS, columns.GetValue(FirstRow(Service), index));
        }

        [Fact]
        public void ReadInto_RowsOfOneShape_ReuseTheBufferAndTheNames()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility));
            var rows = new MatrixResolver(CloudCatalog.Default.In(Language.En)).Resolve(Service).ToList();
            var buffer = Array.Empty<object?>();
            var firstNames = columns.ReadInto(rows[0], ref buffer);
            var firstBuffer = buffer;
            var secondNames = columns.ReadInto(rows[1], ref buffer);
            Assert.Same(firstBuffer, buffer);
            Assert.Same(firstNames, secondNames);
        }

        [Fact]
        public void ReadInto_AServiceWithoutExtraColumns_GetsABufferOfItsOwnLength()
        {
            var columns = ObjectColumns.For(typeof(ServiceResponsibility));
            var buffer = Array.Empty<object?>();
            var withExtra = columns.ReadInto(FirstRow(Service), ref buffer).Count;
            var without = columns.ReadInto(FirstRow(new CloudService("Mail", ServiceModel.SaaS)), ref buffer);
            Assert.Equal(withExtra - 1, without.Count);
            Assert.Equal(without.Count, buffer.Length);
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

        /// <summary>Keeps the cells it is given, as the values ReadInto gives, and each with the method it came through.</summary>
        private sealed class RecordingSink : CellSink
        {
            public List<object?> Cells { get; } = new List<object?>();

            public List<(string Method, object? Value)> Calls { get; } = new List<(string, object?)>();

            public override void Text(string? text) => Keep(nameof(Text), text);

            public override void Bool(bool value) => Keep(nameof(Bool), value);

            public override void Int(int value) => Keep(nameof(Int), value);

            public override void Value(object? value) => Keep(nameof(Value), value);

            private void Keep(string method, object? value)
            {
                Cells.Add(value);
                Calls.Add((method, value));
            }
        }
    }
}
