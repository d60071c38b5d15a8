using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    /// <summary>The committed fixtures of Fixtures/Inventory, read whole.</summary>
    public sealed class InventoryReaderFixtureTests
    {
        [Fact]
        public void Read_Cp932JapaneseFile_ReadsEveryServiceInShiftJis()
        {
            var read = InventoryRead.Fixture("cp932-japanese.csv");
            Assert.Equal(932, read.Encoding!.CodePage);
            Assert.Empty(read.Errors);
            Assert.Equal(new[] { "Service 2 経費精算", "Service 3 基幹システム", "Service 4 オンプレ会計", "Service 5 ﾃｽﾄ環境" }, read.Outline);
            Assert.Equal(new long?[] { 2, 3, 4, 6 }, read.Results.Select(r => r.Line));

            var services = read.ServiceList;
            var expense = services[0];
            Assert.Equal("株式会社サンプル", expense.Vendor);
            Assert.Equal(ServiceModel.SaaS, expense.ServiceModel);
            Assert.Equal(DeploymentModel.Public, expense.DeploymentModel);
            Assert.Equal(new[] { "JP" }, expense.DataLocation);
            Assert.Equal(new bool?[] { true, false, false, true }, new[] { expense.PersonalData, expense.EuPersonalData, expense.MedicalData, expense.ExportControlled });
            Assert.Equal("JP", expense.VendorCountry);
            Assert.Equal("情報システム部", expense.Owner);
            Assert.Equal(new ContractOverride(Layer.Data, Owner.Customer, "第5条"), expense.ContractOverrides.Single());
            Assert.Equal(new[] { new KeyValuePair<string, string>("備考", "") }, expense.AdditionalColumns);

            var core = services[1];
            Assert.Equal(ServiceModel.IaaS, core.ServiceModel);
            Assert.Equal(DeploymentModel.Private, core.DeploymentModel);
            Assert.Equal(new[] { "JP", "SG" }, core.DataLocation);
            Assert.Equal(new bool?[] { true, false, false, true }, new[] { core.PersonalData, core.EuPersonalData, core.MedicalData, core.ExportControlled });
            Assert.Equal("US", core.VendorCountry);
            Assert.Equal("夜間停止あり", core.AdditionalColumns.Single().Value);

            var onPremises = services[2];
            Assert.Equal(ServiceModel.OnPremises, onPremises.ServiceModel);
            Assert.Null(onPremises.DeploymentModel);
            Assert.True(onPremises.PersonalData);
            Assert.Equal("複数行の\r\n備考", onPremises.AdditionalColumns.Single().Value);

            var test = services[3];
            Assert.Equal("ﾍﾞﾝﾀﾞｰ", test.Vendor); // values are kept as written; only their interpretation is normalised
            Assert.Equal(ServiceModel.OnPremises, test.ServiceModel);
            Assert.Equal(DeploymentModel.Hybrid, test.DeploymentModel);
            Assert.Equal(new[] { "JP", "US" }, test.DataLocation);
            Assert.True(test.PersonalData);
            Assert.Null(test.EuPersonalData);
            Assert.Equal("GB", test.VendorCountry);
            Assert.Equal("Network=Provider;Data=Shared", test.ContractOverrides.ToString());
        }

        [Fact]
        public void Read_JapaneseUtf8WithoutByteOrderMark_DetectsUtf8()
        {
            var read = InventoryRead.Fixture("japanese-utf8.csv");
            Assert.Equal(65001, read.Encoding!.CodePage);
            Assert.Equal(new[] { "Service 2 経費精算", "Service 3 基幹システム" }, read.Outline);
            Assert.Equal(new[] { "US", "IE" }, read.ServiceList[1].DataLocation);
        }

        [Fact]
        public void Read_Utf8BomCrlfMultiLineCells_KeepsLineBreaksAndCountsRowsAsExcel()
        {
            var read = InventoryRead.Fixture("utf8-bom-crlf-multiline.csv");
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 Storage", "Service 4 Portal", "Service 5 Last" }, read.Outline);
            Assert.Equal(new long?[] { 2, 4, 5, 8 }, read.Results.Select(r => r.Line));
            Assert.Equal("ServiceName", read.Headers[0]); // the byte order mark is not part of the first header

            var services = read.ServiceList;
            Assert.Equal(new[] { "JP", "US" }, services[0].DataLocation);
            Assert.Equal("line1\r\nline2", services[0].AdditionalColumns.Single().Value);
            Assert.Equal(new ContractOverride(Layer.Data, Owner.Customer, null), services[0].ContractOverrides.Single());
            Assert.Equal("He said \"hi\"", services[1].AdditionalColumns.Single().Value);
            Assert.Equal("a\r\nb", services[2].AdditionalColumns.Single().Value);
            Assert.Equal("Data=Provider:Art. 5;Network=Shared", services[2].ContractOverrides.ToString());
        }

        [Fact]
        public void Read_Utf16LittleEndianWithByteOrderMark_ReadsJapaneseValues()
        {
            var read = InventoryRead.Fixture("utf16le-bom.csv");
            Assert.Equal(1200, read.Encoding!.CodePage);
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 チャット" }, read.Outline);
            Assert.Equal("日本電気", read.ServiceList[0].Vendor);
            Assert.Equal(new[] { "JP", "US" }, read.ServiceList[0].DataLocation);
            Assert.Equal(new[] { "EU" }, read.ServiceList[1].DataLocation);
        }

        [Fact]
        public void Read_FormulaLookingValues_KeepsThemVerbatim()
        {
            var read = InventoryRead.Fixture("formulas.csv");
            Assert.Empty(read.Errors);
            var first = read.ServiceList[0];
            Assert.Equal("=1+2", first.ServiceName);
            Assert.Equal("+cmd", first.Vendor);
            Assert.Equal("-2", first.Owner);
            Assert.Equal("@SUM(A1)", first.AdditionalColumns.Single().Value);
            var second = read.ServiceList[1];
            Assert.Equal("=HYPERLINK(\"http://example.com\",\"x\")", second.ServiceName);
            Assert.Equal("=cmd|' /C calc'!A0", second.Vendor);
            Assert.Equal("@me", second.Owner);
            Assert.Equal("-", second.AdditionalColumns.Single().Value);
        }

        [Fact]
        public void Read_DuplicateNames_WarnsWithBothRowsThenYieldsTheService()
        {
            var read = InventoryRead.Fixture("duplicates.csv");
            Assert.Equal(
                new[]
                {
                    "Service 2 Box", "Service 3 Slack",
                    "Warning 4 DuplicateServiceName 2", "Service 4 box",
                    "Warning 5 DuplicateServiceName 2", "Service 5 Ｂｏｘ",
                    "Warning 6 DuplicateServiceName 3", "Service 6 Slack",
                },
                read.Outline);
            Assert.Equal(3, read.Warnings);
            Assert.Equal(5, read.Services);
            var warning = read.Results[2].Warning!;
            Assert.Equal(InventoryRead.FixturePath("duplicates.csv"), warning.File);
            Assert.Equal("box", warning.Value);
            Assert.Contains("Row 4 of '" + warning.File + "'", warning.Message);
            Assert.Contains("row 2", warning.Message);
        }

        [Fact]
        public void Read_DuplicateNamesWithTheCheckOff_WarnsNothing()
        {
            var read = InventoryRead.Fixture("duplicates.csv", InventoryReaderOptions.Default with { CheckDuplicateNames = false });
            Assert.Equal(0, read.Warnings);
            Assert.Equal(5, read.Results.Count);
        }

        [Fact]
        public void Read_ExtraColumns_KeptInFileOrderUnderTheirHeaders()
        {
            var read = InventoryRead.Fixture("extra-columns.csv");
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 Chat", "Service 4 Wiki" }, read.Outline);
            Assert.Equal(
                new[]
                {
                    new KeyValuePair<string, string>("Notes", "n1"), new KeyValuePair<string, string>("Cost Center", "CC-1"),
                    new KeyValuePair<string, string>("Tag", "t1"), new KeyValuePair<string, string>("", ""),
                },
                read.ServiceList[0].AdditionalColumns);
            Assert.All(read.ServiceList, s => Assert.Equal(new[] { "Notes", "Cost Center", "Tag", "" }, s.AdditionalColumns.Select(p => p.Key)));
            Assert.Equal(new[] { "n3", "CC-3", "t3", "orphan" }, read.ServiceList[2].AdditionalColumns.Select(p => p.Value));
        }

        [Fact]
        public void Read_EmptyRows_SkipsAndCountsThemWithoutShiftingRowNumbers()
        {
            var read = InventoryRead.Fixture("empty-rows.csv");
            Assert.Equal(new[] { "Service 2 Mail", "Service 6 Chat", "Service 8 Wiki" }, read.Outline);
            Assert.Equal(4, read.SkippedEmptyRows);
            Assert.Equal(3, read.DataRows);
        }

        [Fact]
        public void Read_FullWidthAndLowerCase_ReadsHeadersAndValues()
        {
            var read = InventoryRead.Fixture("fullwidth-lowercase.csv");
            Assert.Empty(read.Errors);
            var services = read.ServiceList;
            Assert.Equal(new[] { ServiceModel.SaaS, ServiceModel.SaaS, ServiceModel.OnPremises, ServiceModel.IaaS }, services.Select(s => s.ServiceModel));
            Assert.Equal(new DeploymentModel?[] { DeploymentModel.Public, DeploymentModel.Private, DeploymentModel.Hybrid, DeploymentModel.Community }, services.Select(s => s.DeploymentModel));
            Assert.Equal(new[] { "JP;US", "JP;US", "JP;EU", "US;JP" }, services.Select(s => s.DataLocation.ToString()));
            Assert.Equal(new bool?[] { true, true, true, true }, services.Select(s => s.PersonalData));
            Assert.Equal(new bool?[] { false, false, false, false }, services.Select(s => s.EuPersonalData));
        }

        [Fact]
        public void Read_SemicolonDelimiter_SplitsOnSemicolons()
        {
            var read = InventoryRead.Fixture("semicolon.csv", InventoryReaderOptions.Default with { Delimiter = ';' });
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 A;B" }, read.Outline);
            Assert.Equal(new[] { "JP", "US" }, read.ServiceList[0].DataLocation);
        }

        [Fact]
        public void Read_TabDelimiter_SplitsOnTabs()
        {
            var read = InventoryRead.Fixture("tab.tsv", InventoryReaderOptions.Default with { Delimiter = '\t' });
            Assert.Equal(new[] { "Service 2 Mail", "Service 3 Tab\tName" }, read.Outline);
            Assert.Equal(new[] { "JP", "US" }, read.ServiceList[0].DataLocation);
        }

        [Fact]
        public void Read_MissingRequiredColumn_ReportsItOnceAndYieldsNothingMore()
        {
            var read = InventoryRead.Fixture("missing-column.csv");
            var error = Assert.Single(read.Results).Error!;
            Assert.Equal(InventoryErrorId.MissingRequiredColumn, error.ErrorId);
            Assert.Equal(1, error.Row);
            Assert.Equal(0, read.DataRows);
            Assert.Equal(new[] { "ServiceName", "Vendor" }, read.Headers);
        }

        [Fact]
        public void Read_EmptyFile_YieldsNothing()
        {
            var read = InventoryRead.Fixture("empty.csv");
            Assert.Empty(read.Results);
            Assert.Empty(read.Headers);
        }
    }
}
