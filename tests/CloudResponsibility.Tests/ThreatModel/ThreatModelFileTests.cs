using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CloudResponsibility.ThreatModel;
using CloudResponsibility.ThreatModel.Formats;
using NJsonSchema;
using Xunit;

namespace CloudResponsibility.Tests.ThreatModel
{
    /// <summary>
    /// The threat models' files: Threat Dragon and OTM valid against the official schemas
    /// (copies in Fixtures/Schemas) for each service model and every service of the sample inventory, the
    /// shape the Threat Dragon app reads, the Markdown's parts, and the same bytes from the same input.
    /// </summary>
    public sealed class ThreatModelFileTests
    {
        // Copies of the official schemas, kept with the tests (Fixtures/Schemas).
        private static readonly string Schemas = RepositoryPaths.Fixture("Schemas");

        public static IEnumerable<object[]> ServiceModels() => ThreatModelSamples.ByServiceModel();

        [Theory]
        [MemberData(nameof(ServiceModels))]
        public void ThreatDragon_IsValidAgainstTheV2Schema(string model)
        {
            AssertValid("threat-dragon-v2.schema.json", Write(ThreatModelFormat.ThreatDragon, ThreatModelSamples.ByName(model)));
        }

        [Theory]
        [MemberData(nameof(ServiceModels))]
        public void Otm_IsValidAgainstTheSchema(string model)
        {
            AssertValid("otm_schema.json", Write(ThreatModelFormat.Otm, ThreatModelSamples.ByName(model)));
        }

        [Theory]
        [InlineData(Language.En)]
        [InlineData(Language.Ja)]
        public void EverySampleService_IsValidInBothJsonFormats(Language language)
        {
            var builder = new ThreatModelBuilder(ThreatModelSamples.Catalog(language), ThreatModelSamples.SampleOverrides());
            var services = ThreatModelSamples.SampleInventory();
            Assert.Equal(8, services.Count);
            foreach (var service in services)
            {
                var model = builder.Model(service);
                AssertValid("threat-dragon-v2.schema.json", Write(ThreatModelFormat.ThreatDragon, model, language), service.ServiceName);
                AssertValid("otm_schema.json", Write(ThreatModelFormat.Otm, model, language), service.ServiceName);
            }
        }

        [Fact]
        public void SchemaCheck_RejectsAFileThatBreaksTheSchema()
        {
            var text = Encoding.UTF8.GetString(Write(ThreatModelFormat.ThreatDragon, ThreatModelSamples.SaaS)).Replace("\"strokeDasharray\": \"\"", "\"strokeDasharray\": 5");
            Assert.NotEmpty(Schema("threat-dragon-v2.schema.json").Validate(text));
            var otm = Encoding.UTF8.GetString(Write(ThreatModelFormat.Otm, ThreatModelSamples.SaaS)).Replace("\"riskReduction\": 0", "\"riskReduction\": \"none\"");
            Assert.NotEmpty(Schema("otm_schema.json").Validate(otm));
        }

        [Fact]
        public void ThreatDragon_HasTheShapeTheAppReads()
        {
            using var document = JsonDocument.Parse(Write(ThreatModelFormat.ThreatDragon, ThreatModelSamples.SaaS));
            var diagram = document.RootElement.GetProperty("detail").GetProperty("diagrams")[0];
            var cells = diagram.GetProperty("cells").EnumerateArray().ToList();
            Assert.Equal(new[] { "trust-boundary-curve", "actor", "process", "store", "flow", "flow" }, cells.Select(c => c.GetProperty("shape").GetString()));
            Assert.Equal(new[] { "tm.Boundary", "tm.Actor", "tm.Process", "tm.Store", "tm.Flow", "tm.Flow" }, cells.Select(c => c.GetProperty("data").GetProperty("type").GetString()));
            var ids = cells.Select(c => c.GetProperty("id").GetString()).ToList();
            foreach (var flow in cells.Where(c => c.GetProperty("shape").GetString() == "flow"))
            {
                Assert.Contains(flow.GetProperty("source").GetProperty("cell").GetString(), ids);
                Assert.Contains(flow.GetProperty("target").GetProperty("cell").GetString(), ids);
            }
            var process = cells.Single(c => c.GetProperty("shape").GetString() == "process");
            Assert.Equal("kintone", process.GetProperty("data").GetProperty("name").GetString());
            var threats = process.GetProperty("data").GetProperty("threats").EnumerateArray().ToList();
            Assert.Equal(new[] { "TH-01", "TH-02", "TH-03", "TH-04", "TH-05" }, threats.Select(t => t.GetProperty("title").GetString()!.Substring(0, 5)));
            Assert.All(threats, t =>
            {
                Assert.Contains(t.GetProperty("status").GetString(), new[] { "Open", "NA" });
                Assert.Contains(t.GetProperty("severity").GetString(), new[] { "High", "Medium", "Low" });
                Assert.Contains("CTL-", t.GetProperty("mitigation").GetString(), System.StringComparison.Ordinal);
            });
            Assert.Equal("High", threats[1].GetProperty("severity").GetString());
            Assert.True(process.GetProperty("data").GetProperty("hasOpenThreats").GetBoolean());
            Assert.Equal(threats.Count, document.RootElement.GetProperty("detail").GetProperty("threatTop").GetInt32());
            Assert.True(cells[0].GetProperty("data").GetProperty("isTrustBoundary").GetBoolean());
        }

        [Fact]
        public void ThreatDragon_NotApplicableThreat_HasStatusNA()
        {
            using var document = JsonDocument.Parse(Write(ThreatModelFormat.ThreatDragon, new CloudService("file server", ServiceModel.OnPremises)));
            var threats = document.RootElement.GetProperty("detail").GetProperty("diagrams")[0].GetProperty("cells")[2].GetProperty("data").GetProperty("threats");
            Assert.Equal("NA", threats[1].GetProperty("status").GetString());
        }

        [Fact]
        public void Otm_LinksComponentsThreatsAndMitigations()
        {
            using var document = JsonDocument.Parse(Write(ThreatModelFormat.Otm, ThreatModelSamples.IaaS));
            var root = document.RootElement;
            var threatIds = root.GetProperty("threats").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToHashSet();
            var mitigationIds = root.GetProperty("mitigations").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToHashSet();
            var zones = root.GetProperty("trustZones").EnumerateArray().Select(z => z.GetProperty("id").GetString()).ToHashSet();
            var components = root.GetProperty("components").EnumerateArray().ToList();
            Assert.All(components, c => Assert.Contains(c.GetProperty("parent").GetProperty("trustZone").GetString(), zones));
            var service = components.Single(c => c.GetProperty("type").GetString() == "cloud-service");
            foreach (var threat in service.GetProperty("threats").EnumerateArray())
            {
                Assert.Contains(threat.GetProperty("threat").GetString(), threatIds);
                foreach (var mitigation in threat.GetProperty("mitigations").EnumerateArray())
                    Assert.Contains(mitigation.GetProperty("mitigation").GetString(), mitigationIds);
            }
            var componentIds = components.Select(c => c.GetProperty("id").GetString()).ToHashSet();
            Assert.All(root.GetProperty("dataflows").EnumerateArray(), f =>
            {
                Assert.Contains(f.GetProperty("source").GetString(), componentIds);
                Assert.Contains(f.GetProperty("destination").GetString(), componentIds);
            });
        }

        [Fact]
        public void Markdown_HoldsTheMatrixThreatsAndOpenQuestions()
        {
            var text = Encoding.UTF8.GetString(Write(ThreatModelFormat.Markdown, ThreatModelSamples.IaaS));
            Assert.StartsWith("# Threat model: Amazon EC2 (設計データ)\n", text, System.StringComparison.Ordinal);
            Assert.Contains("| Data | Shared | 契約書 第12条 |", text, System.StringComparison.Ordinal);
            Assert.Contains("### TH-03 The cloud used as a stepping stone: High", text, System.StringComparison.Ordinal);
            Assert.Contains("## Open questions for the vendor", text, System.StringComparison.Ordinal);
            Assert.Contains("  - CHK-TE-05.4: ", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\r", text, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(ThreatModelFormat.Markdown)]
        [InlineData(ThreatModelFormat.ThreatDragon)]
        [InlineData(ThreatModelFormat.Otm)]
        public void SameInput_GivesTheSameBytes(ThreatModelFormat format)
        {
            foreach (var service in ThreatModelSamples.SampleInventory())
                Assert.Equal(Write(format, service), Write(format, service));
        }

        private static byte[] Write(ThreatModelFormat format, CloudService service) =>
            Write(format, new ThreatModelBuilder(ThreatModelSamples.Catalog()).Model(service), Language.En);

        private static byte[] Write(ThreatModelFormat format, ServiceThreatModel model, Language language)
        {
            var writer = ThreatModelWriter.For(format, ThreatModelSamples.Catalog(language), CloudCatalog.Default.Version)!;
            using var stream = new MemoryStream();
            writer.Write(stream, new[] { model });
            return stream.ToArray();
        }

        private static JsonSchema Schema(string file) => JsonSchema.FromFileAsync(Path.Combine(Schemas, file)).GetAwaiter().GetResult();

        private static void AssertValid(string schemaFile, byte[] json, string? what = null)
        {
            var errors = Schema(schemaFile).Validate(Encoding.UTF8.GetString(json));
            Assert.True(errors.Count == 0, $"{what} {schemaFile}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }
}
