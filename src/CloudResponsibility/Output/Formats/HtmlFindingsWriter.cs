using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using CloudResponsibility.Audit;
using CloudResponsibility.Catalog;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Invoke-CloudAudit's findings as one self-contained HTML page an auditor can mail: counts of
    /// open findings by severity and owner, each service's responsibility matrix after the
    /// contract's overrides, and the findings table (what to do about each beside its detail) with
    /// sorting and filtering in inline script — no network, no CDN. The URL's hash carries the
    /// filter (<c>#filter=kintone&amp;severity=High</c>), applied on load, so a link opens a filtered view.
    /// </summary>
    public sealed class HtmlFindingsWriter : FindingsReportWriter
    {
        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        public HtmlFindingsWriter(Stream stream, ReportOptions options)
            : base(stream, options)
        {
        }

        internal override void Render(TextWriter writer, IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language)
        {
            if (NothingToReport.Applies(findings, audited))
            {
                WriteNothingToReport(writer, new NothingToReport(language), language);
                return;
            }
            var overview = new FindingsOverview(findings, audited, language);
            var title = overview.Label(MessageKey.ReportTitle);
            WriteHead(writer, title, language);
            writer.WriteLine($"<h1>{E(title)}</h1>");
            writer.WriteLine($"<p id=\"as-of\">{E(overview.AsOfLine())}</p>");
            WriteSummary(writer, overview);
            WriteMatrix(writer, overview);
            WriteFindings(writer, overview);
            WriteWithoutFindings(writer, overview);
            writer.WriteLine("<script>" + HtmlFindingsAssets.Script + "</script>");
            writer.WriteLine("</body>");
            writer.WriteLine("</html>");
        }

        /// <summary>The page's start, up to its body: the same head, style included, whether there are findings or not.</summary>
        private static void WriteHead(TextWriter writer, string title, Language language)
        {
            writer.WriteLine("<!DOCTYPE html>");
            writer.WriteLine($"<html lang=\"{(language == Language.Ja ? "ja" : "en")}\">");
            writer.WriteLine("<head>");
            writer.WriteLine("<meta charset=\"utf-8\">");
            writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            writer.WriteLine($"<title>{E(title)}</title>");
            writer.WriteLine("<style>" + HtmlFindingsAssets.Style + "</style>");
            writer.WriteLine("</head>");
            writer.WriteLine("<body>");
        }

        /// <summary>
        /// The page of a report given nothing: the title, that there is nothing to report, and the day
        /// written. No counts, matrix or filters: tables of zeros would read as an audit's clean bill
        /// of health, which a report given nothing cannot give.
        /// </summary>
        private static void WriteNothingToReport(TextWriter writer, NothingToReport nothing, Language language)
        {
            WriteHead(writer, nothing.Title, language);
            writer.WriteLine($"<h1>{E(nothing.Heading)}</h1>");
            writer.WriteLine($"<p id=\"nothing-to-report\">{E(nothing.Nothing)}</p>");
            writer.WriteLine($"<p id=\"written\" data-written=\"{nothing.Written}\">{E(nothing.WrittenLine)}</p>");
            writer.WriteLine("</body>");
            writer.WriteLine("</html>");
        }

        private static void WriteSummary(TextWriter writer, FindingsOverview overview)
        {
            writer.WriteLine($"<h2>{E(overview.Label(MessageKey.ReportSummary))}</h2>");
            writer.WriteLine("<table id=\"summary\"><thead><tr>");
            writer.Write($"<th>{E(overview.Label(MessageKey.ReportColumnSeverity))}</th>");
            foreach (var owner in overview.Owners) writer.Write($"<th>{E(overview.OwnerLabel(owner))}</th>");
            writer.WriteLine($"<th>{E(overview.Label(MessageKey.ReportTotal))}</th></tr></thead><tbody>");
            foreach (var severity in FindingsOverview.Severities)
            {
                writer.Write($"<tr class=\"sev-{severity}\" data-severity=\"{severity}\"><th>{E(overview.SeverityLabel(severity))}</th>");
                foreach (var owner in overview.Owners) writer.Write($"<td data-owner=\"{E(owner)}\">{overview.Count(severity, owner)}</td>");
                writer.WriteLine($"<td class=\"total\">{overview.Count(severity, null)}</td></tr>");
            }
            writer.WriteLine("</tbody></table>");
        }

        /// <summary>
        /// The responsibility matrix of each service the findings are about, then of each service
        /// audited without findings: a row per service, a cell per layer with its owner after the
        /// contract's overrides (an overridden cell marked, with its clause), and the service's open
        /// findings, its name a link that filters the table.
        /// </summary>
        private static void WriteMatrix(TextWriter writer, FindingsOverview overview)
        {
            var catalog = CloudCatalog.Default.In(overview.Language);
            var rows = overview.Services.Select(s => (Name: s.Key, Matrix: ReportedMatrix.Of(s.Key, s, catalog), Open: s.Where(f => f.IsOpen).ToList()))
                .Concat(overview.WithoutFindings.Select(s => (Name: s.ServiceName, Matrix: ReportedMatrix.Of(s, catalog), Open: new List<FindingRecord>())))
                .Where(s => s.Matrix is not null).ToList();
            writer.WriteLine($"<h2>{E(overview.Label(MessageKey.ReportResponsibilityMatrix))}</h2>");
            writer.Write($"<table id=\"matrix\"><thead><tr><th>{E(overview.Label(MessageKey.ReportColumnService))}</th><th>{E(overview.Label(MessageKey.ReportColumnModel))}</th>");
            foreach (var layer in catalog.Layers.OrderBy(l => l.Order)) writer.Write($"<th data-layer=\"{layer.Layer}\">{E(layer.Name)}</th>");
            writer.WriteLine($"<th>{E(overview.Label(MessageKey.ReportColumnOpen))}</th></tr></thead><tbody>");
            foreach (var (name, matrix, open) in rows)
            {
                writer.Write($"<tr data-service=\"{E(name)}\"><th><a href=\"#filter={E(System.Uri.EscapeDataString(name))}\">{E(name)}</a></th><td>{matrix!.Model}</td>");
                foreach (var cell in matrix.Cells)
                {
                    var owner = E(overview.Label("ReportOwner" + cell.Owner));
                    if (!cell.IsOverridden)
                    {
                        writer.Write($"<td class=\"owner-{cell.Owner}\" data-layer=\"{cell.Layer}\" data-owner=\"{cell.Owner}\">{owner}</td>");
                        continue;
                    }
                    var note = cell.Clause is null ? overview.Label(MessageKey.ReportOverridden) : overview.Label(MessageKey.ReportOverriddenBy, cell.Clause);
                    writer.Write($"<td class=\"owner-{cell.Owner} overridden\" data-layer=\"{cell.Layer}\" data-owner=\"{cell.Owner}\" data-general-owner=\"{cell.GeneralOwner}\" data-clause=\"{E(cell.Clause)}\" title=\"{E(note)}\">");
                    writer.Write($"{owner}<span class=\"clause\">{E(note)}</span></td>");
                }
                writer.WriteLine(open.Count == 0 ? "<td class=\"none\">—</td></tr>" : $"<td class=\"sev-{open.Max(f => f.Severity)}\">{E(overview.WorstAndCount(open.Max(f => f.Severity), open.Count))}</td></tr>");
            }
            writer.WriteLine("</tbody></table>");
        }

        private static void WriteFindings(TextWriter writer, FindingsOverview overview)
        {
            writer.WriteLine($"<h2>{E(overview.Label(MessageKey.ReportFindings))}</h2>");
            var all = E(overview.Label(MessageKey.ReportAll));
            writer.WriteLine("<div class=\"controls\">");
            writer.WriteLine($"<label>{E(overview.Label(MessageKey.ReportFilter))} <input id=\"filter\" type=\"search\" autocomplete=\"off\"></label>");
            WriteSelect(writer, "severity", overview.Label(MessageKey.ReportColumnSeverity), all, FindingsOverview.Severities.Select(s => s.ToString()), s => overview.SeverityLabel(Parse<FindingSeverity>(s)));
            WriteSelect(writer, "owner", overview.Label(MessageKey.ReportColumnOwner), all, overview.Findings.Select(f => f.Owner).Where(o => o.Length > 0).Distinct().OrderBy(o => o, System.StringComparer.Ordinal), overview.OwnerLabel);
            WriteSelect(writer, "status", overview.Label(MessageKey.ReportColumnStatus), all, System.Enum.GetNames(typeof(FindingStatus)), s => overview.StatusLabel(Parse<FindingStatus>(s)));
            writer.WriteLine($"<span id=\"shown\" data-template=\"{E(overview.Label(MessageKey.ReportShown, "{0}", "{1}"))}\"></span>");
            writer.WriteLine("</div>");
            if (overview.Findings.Count == 0) writer.WriteLine($"<p>{E(overview.Label(MessageKey.ReportNoFindings))}</p>");
            writer.WriteLine("<table id=\"findings\"><thead><tr>");
            foreach (var (key, label, type) in new[]
            {
                ("severity", MessageKey.ReportColumnSeverity, "number"), ("status", MessageKey.ReportColumnStatus, "text"), ("service", MessageKey.ReportColumnService, "text"),
                ("rule", MessageKey.ReportColumnRule, "text"), ("title", MessageKey.ReportColumnTitle, "text"), ("owner", MessageKey.ReportColumnOwner, "text"),
                ("service-owner", MessageKey.ReportColumnServiceOwner, "text"), ("evidence", MessageKey.ReportColumnEvidence, "text"), ("detail", MessageKey.ReportColumnDetail, "text"),
                ("action", MessageKey.ReportColumnAction, "text"), ("source", MessageKey.ReportColumnSource, "text"),
            })
                writer.Write($"<th data-key=\"{key}\" data-type=\"{type}\" tabindex=\"0\">{E(overview.Label(label))}</th>");
            writer.WriteLine("</tr></thead><tbody>");
            foreach (var f in overview.Findings.OrderByDescending(f => f.IsOpen).ThenByDescending(f => f.Severity))
            {
                var suppression = overview.Suppression(f);
                var evidenceAt = f.EvidenceFile.Length > 0 ? $" ({Path.GetFileName(f.EvidenceFile)}{(f.EvidenceRow is long row ? ":" + row.ToString(CultureInfo.InvariantCulture) : string.Empty)})" : string.Empty;
                writer.Write($"<tr class=\"sev-{f.Severity} status-{f.Status}\" data-severity=\"{f.Severity}\" data-owner=\"{E(f.Owner)}\" data-status=\"{f.Status}\" data-fingerprint=\"{E(f.Fingerprint)}\">");
                writer.Write($"<td data-sort=\"{(int)f.Severity}\"><span class=\"badge\">{E(overview.SeverityLabel(f.Severity))}</span></td>");
                writer.Write($"<td>{E(overview.StatusLabel(f.Status))}</td><td>{E(overview.ServiceCell(f))}</td><td>{E(f.RuleId)}</td><td>{E(f.Title)}</td><td>{E(overview.OwnerLabel(f.Owner))}</td><td>{E(f.ServiceOwner)}</td>");
                writer.Write($"<td>{E(f.Evidence + evidenceAt)}</td>");
                writer.Write($"<td>{(suppression.Length > 0 ? $"<p class=\"suppression\">{E(suppression)}</p>" : string.Empty)}{E(f.Detail)}</td>");
                writer.Write($"<td class=\"action\">{E(f.Action)}</td>");
                writer.Write($"<td>{E(f.Source)}</td>");
                writer.WriteLine("</tr>");
            }
            writer.WriteLine("</tbody></table>");
        }

        /// <summary>The services audited without findings, when the report was given the audit's summary lines: what was looked at and came out clean.</summary>
        private static void WriteWithoutFindings(TextWriter writer, FindingsOverview overview)
        {
            if (overview.WithoutFindings.Count == 0) return;
            writer.WriteLine($"<h2>{E(overview.Label(MessageKey.ReportServicesWithoutFindings))}</h2>");
            writer.Write("<table id=\"without-findings\"><thead><tr>");
            foreach (var key in FindingsOverview.AuditedColumns) writer.Write($"<th>{E(overview.Label(key))}</th>");
            writer.WriteLine("</tr></thead><tbody>");
            foreach (var service in overview.WithoutFindings)
            {
                writer.Write($"<tr data-audited=\"{E(service.ServiceName)}\">");
                foreach (var cell in FindingsOverview.AuditedCells(service)) writer.Write($"<td>{E(cell)}</td>");
                writer.WriteLine("</tr>");
            }
            writer.WriteLine("</tbody></table>");
        }

        private static void WriteSelect(TextWriter writer, string id, string label, string all, IEnumerable<string> values, Func<string, string>? text = null)
        {
            writer.Write($"<label>{E(label)} <select id=\"{id}\"><option value=\"\">{all}</option>");
            foreach (var value in values) writer.Write($"<option value=\"{E(value)}\">{E(text is null ? value : text(value))}</option>");
            writer.WriteLine("</select></label>");
        }

        private static T Parse<T>(string name) where T : struct => (T)Enum.Parse(typeof(T), name);

        private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
    }
}
