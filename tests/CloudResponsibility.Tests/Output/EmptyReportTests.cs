using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using System.Xml.Schema;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using CloudResponsibility.Parsing;
using Xunit;

namespace CloudResponsibility.Tests.Output
{
    /// <summary>
    /// Each format's document of no rows, as a clean night's audit writes it over the last
    /// report: valid against the format's schema, with nothing left of the report it replaces, and
    /// no date it has no row to take from.
    /// </summary>
    public sealed class EmptyReportTests : IDisposable
    {
        private const string LastNight = "last night's report, with its findings";

        private readonly TempDirectory directory = new TempDirectory();

        public void Dispose() => directory.Dispose();

        /// <summary>Writes a report of no rows over last night's, as the cmdlets do; returns its text.</summary>
        private string WriteEmpty(ReportFormat format, string name, Language language = Language.En)
        {
            var path = directory.Write(name, LastNight);
            using (var session = ReportSession.Open(path, format, ReportOptions.Default with { Language = language })) session.Commit();
            Assert.DoesNotContain(Directory.GetFiles(directory.Path).Select(Path.GetFileName), n => n!.EndsWith(".tmp", StringComparison.Ordinal));
            return File.ReadAllText(path);
        }

        /// <summary>The days a report written during the test may carry: today, or tomorrow should midnight pass meanwhile.</summary>
        private static string[] Today()
        {
            var today = CalendarDate.Today;
            return new[] { today, today.AddDays(1) }.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        }

        [Fact]
        public async System.Threading.Tasks.Task Sarif_NoFindings_IsAValidLogWithOneRunAndNoResults()
        {
            var text = WriteEmpty(ReportFormat.Sarif, "audit.sarif");
            var schema = await NJsonSchema.JsonSchema.FromFileAsync(RepositoryPaths.Fixture("Schemas", "sarif-schema-2.1.0.json"));
            Assert.Empty(schema.Validate(text));
            using var document = JsonDocument.Parse(text);
            var run = Assert.Single(document.RootElement.GetProperty("runs").EnumerateArray());
            Assert.Equal(JsonValueKind.Array, run.GetProperty("results").ValueKind);
            Assert.Equal(0, run.GetProperty("results").GetArrayLength());
            // The rules are the audit's all the same, so that a viewer can say what was checked.
            Assert.NotEqual(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        }

        [Fact]
        public void JUnit_NoFindings_IsAValidDocumentWithZeroTests()
        {
            var text = WriteEmpty(ReportFormat.JUnit, "audit.xml");
            var schemas = new XmlSchemaSet();
            schemas.Add(null, RepositoryPaths.Fixture("Schemas", "junit-10.xsd"));
            var problems = new List<string>();
            var document = XDocument.Parse(text);
            document.Validate(schemas, (_, e) => problems.Add(e.Message));
            Assert.Empty(problems);
            Assert.Equal(("testsuites", "0", "0", "0"), (document.Root!.Name.LocalName, document.Root.Attribute("tests")!.Value, document.Root.Attribute("failures")!.Value, document.Root.Attribute("errors")!.Value));
            Assert.Empty(document.Descendants("testcase"));
        }

        [Fact]
        public void Json_NoRows_IsAnEmptyArray()
        {
            using var document = JsonDocument.Parse(WriteEmpty(ReportFormat.Json, "audit.json"));
            Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
            Assert.Equal(0, document.RootElement.GetArrayLength());
        }

        [Fact]
        public void Csv_NoRows_IsAnEmptyFile_WithTheByteOrderMarkOfItsEncoding()
        {
            var path = directory.Write("audit.csv", LastNight);
            using (var session = ReportSession.Open(path, ReportFormat.Csv, ReportOptions.Default)) session.Commit();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(path));
        }

        [Fact]
        public void Xlsx_NoRows_IsAWorkbookWithOneEmptySheet()
        {
            var path = directory.Write("audit.xlsx", LastNight);
            using (var session = ReportSession.Open(path, ReportFormat.Xlsx, ReportOptions.Default)) session.Commit();
            using var workbook = ZipFile.OpenRead(path);
            var sheets = workbook.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList();
            using var sheet = Assert.Single(sheets).Open();
            XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            Assert.Empty(XDocument.Load(sheet).Descendants(main + "row"));
        }

        [Fact]
        public void Html_NoFindings_SaysThereIsNothingToReport_AndTheDayWritten_WithNoAsOfDate()
        {
            var html = WriteEmpty(ReportFormat.Html, "audit.html");
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html);
            Assert.Contains("<title>Cloud audit findings: nothing to report</title>", html);
            Assert.Contains("<h1>Cloud audit findings</h1>", html);
            Assert.Contains("<p id=\"nothing-to-report\">Nothing to report: this report was given no findings, and no lines of the services audited.</p>", html);
            var written = System.Text.RegularExpressions.Regex.Match(html, "<p id=\"written\" data-written=\"([0-9-]+)\">Written on \\1\\. ");
            Assert.True(written.Success, html);
            Assert.Contains(written.Groups[1].Value, Today());
            Assert.Contains("cannot tell an audit that found nothing from one that did not run", html);
            // No as-of line, and no tables of zeros that would read as a clean bill of health.
            Assert.DoesNotContain("As of", html);
            Assert.DoesNotContain("id=\"as-of\"", html);
            Assert.DoesNotContain("<table", html);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain(LastNight, html);
        }

        [Fact]
        public void Markdown_NoFindings_SaysThereIsNothingToReport_AndTheDayWritten_WithNoAsOfDate()
        {
            var markdown = WriteEmpty(ReportFormat.Markdown, "audit.md");
            var lines = markdown.Split('\n');
            Assert.Equal(new[] { "# Cloud audit findings", "", "Nothing to report: this report was given no findings, and no lines of the services audited.", "" }, lines.Take(4));
            Assert.Matches("^Written on [0-9]{4}-[0-9]{2}-[0-9]{2}\\. A report given nothing knows no audit date", lines[4]);
            Assert.Contains(lines[4].Substring("Written on ".Length, 10), Today());
            Assert.DoesNotContain("As of", markdown);
            Assert.DoesNotContain("|", markdown);
        }

        [Fact]
        public void HtmlAndMarkdown_NoFindings_InJapanese_SayItInJapanese()
        {
            var html = WriteEmpty(ReportFormat.Html, "audit.html", Language.Ja);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ja\">", html);
            Assert.Contains("<title>クラウド監査の指摘：報告なし</title>", html);
            Assert.Contains(">報告する内容はありません。このレポートには、指摘も監査したサービスの行も渡されていません。</p>", html);
            Assert.Matches("<p id=\"written\" data-written=\"([0-9-]+)\">\\1 に書き出しました。", html);
            var markdown = WriteEmpty(ReportFormat.Markdown, "audit.md", Language.Ja);
            Assert.StartsWith("# クラウド監査の指摘\n\n報告する内容はありません。", markdown);
            Assert.DoesNotContain("時点：", markdown);
        }

        [Fact]
        public void NothingToReport_WritesTheDayItIsGiven_AsADateAlone()
        {
            var nothing = new NothingToReport(Language.En, new DateTime(2026, 12, 3, 23, 59, 0, DateTimeKind.Local));
            Assert.Equal("2026-12-03", nothing.Written);
            Assert.StartsWith("Written on 2026-12-03. ", nothing.WrittenLine);
        }
    }
}
