using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class ServiceRecordBuilderTests
    {
        private static readonly string[] AllColumns =
        {
            "ServiceName", "Vendor", "ServiceModel", "DeploymentModel", "DataLocation", "PersonalData", "EuPersonalData",
            "MedicalData", "ExportControlled", "VendorCountry", "Owner", "ContractOverrides",
        };

        [Fact]
        public void Constructor_JapaneseHeaders_MapsEachColumn()
        {
            var builder = new ServiceRecordBuilder(new[] { "備考", "サービス名", "サービスモデル", "データ保管場所" });
            Assert.Empty(builder.HeaderErrors);
            Assert.Equal(1, builder.IndexOf(InventoryColumn.ServiceName));
            Assert.Equal(2, builder.IndexOf(InventoryColumn.ServiceModel));
            Assert.Equal(3, builder.IndexOf(InventoryColumn.DataLocation));
            Assert.Equal(-1, builder.IndexOf(InventoryColumn.Vendor));
        }

        [Fact]
        public void Constructor_NoServiceModelColumn_ReportsMissingRequiredColumn()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "Vendor" }, "inv.csv", 1, 1);
            var error = Assert.Single(builder.HeaderErrors);
            Assert.Equal(InventoryErrorId.MissingRequiredColumn, error.ErrorId);
            Assert.Equal("inv.csv", error.File);
            Assert.Equal(1, error.Row);
            Assert.Null(error.Column);
            Assert.Contains("ServiceModel", error.Message);
            Assert.Contains("サービスモデル", error.Message);
            Assert.Contains("'inv.csv'", error.Message);
            Assert.Throws<InvalidOperationException>(() => builder.Build(new[] { "Mail", "Acme" }));
        }

        [Fact]
        public void Constructor_NeitherRequiredColumn_ReportsBoth()
        {
            var builder = new ServiceRecordBuilder(new[] { "Notes" });
            Assert.Equal(new[] { InventoryErrorId.MissingRequiredColumn, InventoryErrorId.MissingRequiredColumn }, builder.HeaderErrors.Select(e => e.ErrorId));
        }

        [Fact]
        public void Constructor_ColumnNamedTwice_ReportsDuplicateColumn()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "Vendor", "ベンダー" }, "inv.csv");
            var error = Assert.Single(builder.HeaderErrors);
            Assert.Equal(InventoryErrorId.DuplicateColumn, error.ErrorId);
            Assert.Equal("ベンダー", error.Column);
            Assert.Contains("'Vendor'", error.Message);
            Assert.Contains("'ベンダー'", error.Message);
        }

        [Fact]
        public void Build_EveryColumn_FillsTheService()
        {
            var builder = new ServiceRecordBuilder(AllColumns);
            var result = builder.Build(new[]
            {
                " Mail ", " Acme ", "saas", "public", "JP;US", "yes", "no", "", "×", "USA", "IT dept", "Data=Provider:Art. 5;Network=Shared",
            });
            Assert.True(result.Succeeded, string.Join(" | ", result.Errors.Select(e => e.Message)));
            var service = result.Service!;
            Assert.Equal("Mail", service.ServiceName);
            Assert.Equal("Acme", service.Vendor);
            Assert.Equal(ServiceModel.SaaS, service.ServiceModel);
            Assert.Equal(DeploymentModel.Public, service.DeploymentModel);
            Assert.Equal(new[] { "JP", "US" }, service.DataLocation);
            Assert.True(service.PersonalData);
            Assert.False(service.EuPersonalData);
            Assert.Null(service.MedicalData);
            Assert.False(service.ExportControlled);
            Assert.Equal("US", service.VendorCountry);
            Assert.Equal("IT dept", service.Owner);
            Assert.Equal("Data=Provider:Art. 5;Network=Shared", service.ContractOverrides.ToString());
            Assert.Empty(service.AdditionalColumns);
            Assert.Empty(result.Errors);
        }

        [Fact]
        public void Build_OnlyRequiredValues_LeavesTheRestUnknown()
        {
            var builder = new ServiceRecordBuilder(AllColumns);
            var service = builder.Build(new[] { "Mail", "", "SaaS", "", "", "", "", "", "", "", "", "" }).Service!;
            Assert.Null(service.Vendor);
            Assert.Null(service.DeploymentModel);
            Assert.Empty(service.DataLocation);
            Assert.Null(service.PersonalData);
            Assert.Null(service.VendorCountry);
            Assert.Null(service.Owner);
            Assert.Empty(service.ContractOverrides);
        }

        [Fact]
        public void Build_SeveralBadCells_ReportsEveryOneInColumnOrder()
        {
            var builder = new ServiceRecordBuilder(AllColumns, "inv.csv");
            var result = builder.Build(new[]
            {
                "Mail", "Acme", "SaaX", "Multi", "Japn", "maybe", "no", "", "", "JP;US", "", "Data=Vendor",
            }, row: 5, line: 7);
            Assert.False(result.Succeeded);
            Assert.Null(result.Service);
            Assert.Equal(
                new[]
                {
                    InventoryErrorId.UnknownServiceModel, InventoryErrorId.UnknownDeploymentModel, InventoryErrorId.UnknownCountry,
                    InventoryErrorId.InvalidBoolean, InventoryErrorId.MultipleCountries, InventoryErrorId.InvalidContractOverride,
                },
                result.Errors.Select(e => e.ErrorId));
            Assert.Equal(new[] { "ServiceModel", "DeploymentModel", "DataLocation", "PersonalData", "VendorCountry", "ContractOverrides" }, result.Errors.Select(e => e.Column));
            Assert.Equal(new[] { "SaaX", "Multi", "Japn", "maybe", "JP;US", "Data=Vendor" }, result.Errors.Select(e => e.Value));
            Assert.All(result.Errors, e =>
            {
                Assert.Equal("inv.csv", e.File);
                Assert.Equal(5, e.Row);
                Assert.Equal(7, e.Line);
                Assert.StartsWith("Row 5 (line 7) of 'inv.csv', column '" + e.Column + "'", e.Message);
                Assert.Contains("'" + e.Value + "'", e.Message);
            });
        }

        [Theory]
        [InlineData("", "SaaS", "ServiceName")]
        [InlineData("   ", "SaaS", "ServiceName")]
        [InlineData("Mail", "", "ServiceModel")]
        [InlineData("Mail", "\u3000", "ServiceModel")]
        public void Build_EmptyRequiredValue_ReportsMissingRequiredValue(string name, string model, string column)
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel" });
            var error = Assert.Single(builder.Build(new[] { name, model }, 3).Errors);
            Assert.Equal(InventoryErrorId.MissingRequiredValue, error.ErrorId);
            Assert.Equal(column, error.Column);
        }

        [Theory]
        [InlineData(Language.En, "Input object 3, column 'ServiceModel': 'SaaX'")]
        [InlineData(Language.Ja, "3 番目の入力オブジェクト、列 'ServiceModel'：'SaaX'")]
        public void BuildInputObject_BadCell_NamesTheObjectsPositionNotAFileRow(Language language, string start)
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel" }, file: null, headerRow: null, language: language);
            var error = Assert.Single(builder.BuildInputObject(new[] { "C", "SaaX" }, 3).Errors);
            Assert.StartsWith(start, error.Message);
            Assert.Equal((3L, (long?)null, (long?)null, (string?)null), (error.InputPosition!.Value, error.Row, error.Line, error.File));
            Assert.Equal(("ServiceModel", "SaaX"), (error.Column, error.Value));
        }

        [Fact]
        public void Build_FileRow_HasNoInputPosition()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel" }, "inv.csv");
            var error = Assert.Single(builder.Build(new[] { "C", "SaaX" }, 7).Errors);
            Assert.Equal((7L, (long?)null), (error.Row!.Value, error.InputPosition));
            Assert.StartsWith("Row 7 of 'inv.csv'", error.Message);
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.BuildInputObject(new[] { "C", "SaaS" }, 0));
        }

        [Fact]
        public void Build_UnknownCountryAmongGoodOnes_NamesTheBadPart()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "データ保管場所" });
            var error = Assert.Single(builder.Build(new[] { "Mail", "SaaS", "日本、火星" }).Errors);
            Assert.Equal(InventoryErrorId.UnknownCountry, error.ErrorId);
            Assert.Equal("データ保管場所", error.Column);
            Assert.Equal("火星", error.Value);
            Assert.Contains("'火星' in '日本、火星'", error.Message);
        }

        [Fact]
        public void Build_VendorCountryWrittenAsName_ReadsOneCode()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "VendorCountry" });
            Assert.Equal("US", builder.Build(new[] { "Mail", "SaaS", "United States of America" }).Service!.VendorCountry);
            Assert.Equal("JP", builder.Build(new[] { "Mail", "SaaS", "日本;JP" }).Service!.VendorCountry);
        }

        [Fact]
        public void Build_UnknownColumns_KeptInOrderUnderTheirHeaderText()
        {
            var builder = new ServiceRecordBuilder(new[] { "Notes", "ServiceName", "Cost Center", "ServiceModel", "タグ" });
            var service = builder.Build(new[] { "n1", "Mail", " CC-1 ", "SaaS", "" }).Service!;
            Assert.Equal(
                new[] { new KeyValuePair<string, string>("Notes", "n1"), new KeyValuePair<string, string>("Cost Center", " CC-1 "), new KeyValuePair<string, string>("タグ", "") },
                service.AdditionalColumns);
        }

        [Fact]
        public void Build_ColumnWithoutHeader_KeptUnderAnEmptyNameOnEveryRow()
        {
            // Every service of a file has the same additional columns, so a report writes them back as read.
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "" });
            Assert.Equal(new[] { new KeyValuePair<string, string>("", "") }, builder.Build(new[] { "Mail", "SaaS", "" }).Service!.AdditionalColumns);
            Assert.Equal(new[] { new KeyValuePair<string, string>("", "x") }, builder.Build(new[] { "Mail", "SaaS", "x" }).Service!.AdditionalColumns);
        }

        [Fact]
        public void Build_FormulaLookingValues_KeptVerbatim()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "Vendor", "Owner", "Notes" });
            var service = builder.Build(new[] { "=1+2", "SaaS", "+cmd", "-2", "@SUM(A1)" }).Service!;
            Assert.Equal("=1+2", service.ServiceName);
            Assert.Equal("+cmd", service.Vendor);
            Assert.Equal("-2", service.Owner);
            Assert.Equal("@SUM(A1)", service.AdditionalColumns.Single().Value);
        }

        [Fact]
        public void Build_FewerValuesThanHeaders_ReadsMissingOnesAsEmpty()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "Vendor", "Notes" });
            var service = builder.Build(new[] { "Mail", "SaaS" }).Service!;
            Assert.Null(service.Vendor);
            Assert.Equal("", service.AdditionalColumns.Single().Value);
        }

        [Fact]
        public void Build_SameListCellTwice_SharesTheParsedList()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "DataLocation" });
            var first = builder.Build(new[] { "A", "SaaS", "JP;US" }).Service!;
            var second = builder.Build(new[] { "B", "SaaS", "JP;US" }).Service!;
            Assert.Same(first.DataLocation, second.DataLocation);
        }

        [Fact]
        public void Build_TheSameCellInstancesOnEveryRow_ReadAsOnTheFirst()
        {
            // The reader's pooled strings: a recurring value is the same instance row after row.
            var builder = new ServiceRecordBuilder(AllColumns);
            var row = new[] { "Mail", " Acme ", "ＳａａＳ", "パブリック", "日本", "はい", "no", "", "×", "米国", " 情報システム部 ", "" };
            var first = builder.Build(row).Service!;
            var second = builder.Build((string[])row.Clone()).Service!;
            var third = builder.Build(row.Select(cell => new string(cell.ToCharArray())).ToArray()).Service!;
            foreach (var service in new[] { second, third })
            {
                Assert.Equal(ServiceModel.SaaS, service.ServiceModel);
                Assert.Equal(DeploymentModel.Public, service.DeploymentModel);
                Assert.Equal(new bool?[] { true, false, null, false }, new[] { service.PersonalData, service.EuPersonalData, service.MedicalData, service.ExportControlled });
                Assert.Equal("US", service.VendorCountry);
                Assert.Equal("Acme", service.Vendor);
                Assert.Equal("情報システム部", service.Owner);
                Assert.Equal(first.DataLocation, service.DataLocation);
            }
        }

        [Fact]
        public void Build_TheSameBadCellInstanceOnTwoRows_ReportsItOnBoth()
        {
            var builder = new ServiceRecordBuilder(AllColumns, "inv.csv");
            var row = new[] { "Mail", "", "SaaX", "Multi", "", "maybe", "", "", "", "Mars", "", "" };
            var errorsOfRow = new[] { 2, 3 }.Select(number => builder.Build(row, row: number).Errors).ToArray();
            foreach (var (errors, number) in errorsOfRow.Select((errors, i) => (errors, i + 2)))
            {
                Assert.Equal(new[] { "ServiceModel", "DeploymentModel", "PersonalData", "VendorCountry" }, errors.Select(e => e.Column));
                Assert.All(errors, e => Assert.Equal(number, e.Row));
            }
        }

        [Fact]
        public void Build_AGoodCellInstanceAfterABadRow_StillReadsIt()
        {
            var builder = new ServiceRecordBuilder(new[] { "ServiceName", "ServiceModel", "PersonalData" });
            var model = "PaaS";
            var flag = "はい";
            Assert.False(builder.Build(new[] { "", model, flag }).Succeeded);
            var service = builder.Build(new[] { "Mail", model, flag }).Service!;
            Assert.Equal(ServiceModel.PaaS, service.ServiceModel);
            Assert.True(service.PersonalData);
        }

        [Fact]
        public void Build_ImportCsvStyleProperties_BuildsFromNameValuePairs()
        {
            // The PowerShell adapter's use: the property names of the first object, then each object's values in that order.
            var objects = new[]
            {
                new Dictionary<string, string> { ["サービス名"] = "経費精算", ["サービスモデル"] = "ＳａａＳ", ["個人情報"] = "○" },
                new Dictionary<string, string> { ["サービス名"] = "基幹", ["サービスモデル"] = "IaaS", ["個人情報"] = "×" },
            };
            var names = objects[0].Keys.ToArray();
            var builder = new ServiceRecordBuilder(names, "pipeline");
            var services = objects.Select((o, i) => builder.Build(names.Select(n => o[n]).ToArray(), i + 2).Service!).ToArray();
            Assert.Equal(new[] { ServiceModel.SaaS, ServiceModel.IaaS }, services.Select(s => s.ServiceModel));
            Assert.Equal(new bool?[] { true, false }, services.Select(s => s.PersonalData));
        }

        [Theory]
        [InlineData(true, new[] { "", " ", "\u3000", "\t" })]
        [InlineData(true, new string[0])]
        [InlineData(false, new[] { "", "x" })]
        public void IsBlankRow_Values_TellsWhetherAllAreEmpty(bool expected, string[] values)
        {
            Assert.Equal(expected, ServiceRecordBuilder.IsBlankRow(values));
        }
    }
}
