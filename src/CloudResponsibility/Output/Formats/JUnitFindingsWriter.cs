using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using CloudResponsibility.Audit;
using CloudResponsibility.Model;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Invoke-CloudAudit's findings as JUnit XML, as Jenkins and other CI dashboards read it: a
    /// test suite per service, a test case per service and rule the audit evaluated for it; a case
    /// fails when an open finding of the rule is at or above <see cref="ReportOptions.FailOn"/> (its
    /// failure text gives each such finding with what to do about it, its action), is
    /// skipped when its findings are suppressed, and passes otherwise (lower findings are in its
    /// system-out; a rule evaluated and not broken is a passing case without output).
    /// <para>
    /// The rules of a service are those its findings name in <see cref="Finding.EvaluatedRules"/>
    /// (what the audit evaluated, given whether a questionnaire was asked for and found), with the
    /// rules of its findings themselves; for a findings CSV of an older version, which has no such
    /// column, every rule of the catalog. A service without findings is in the report when the
    /// audit's summary lines come with the findings: a suite of its rules, every case passing, so
    /// that a dashboard sees a service turn green rather than vanish. Findings about questionnaire
    /// files (a file that cannot be read) are no service's: they make one more suite, of the
    /// questionnaire files, a case per file named by it.
    /// </para>
    /// </summary>
    public sealed class JUnitFindingsWriter : FindingsReportWriter
    {
        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        public JUnitFindingsWriter(Stream stream, ReportOptions options)
            : base(stream, options)
        {
        }

        internal override void Render(TextWriter writer, IReadOnlyList<FindingRecord> findings, IReadOnlyList<AuditedServiceRecord> audited, Language language)
        {
            var rules = AuditRuleCatalog.Default.In(language);
            var services = findings.Where(f => !f.IsAboutFile).GroupBy(f => f.ServiceName, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Findings: g.ToList(), Rules: RulesOf(g, rules))).ToList();
            foreach (var clean in AuditedServiceRecord.WithoutFindings(audited, services.Select(s => s.Name)))
                services.Add((clean.ServiceName, new List<FindingRecord>(), clean.EvaluatedRules.Count > 0 ? clean.EvaluatedRules.ToList() : rules.Select(r => r.Id).ToList()));
            var files = findings.Where(f => f.IsAboutFile).GroupBy(f => f.ServiceName, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            var threshold = Threshold;
            var totalTests = services.Sum(s => s.Rules.Count) + files.Sum(f => f.Select(x => x.RuleId).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            var totalFailures = services.Sum(s => FailingRules(s.Findings, threshold)) + files.Sum(f => FailingRules(f, threshold));
            var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false, CloseOutput = false };
            using var xml = XmlWriter.Create(writer, settings);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "Invoke-CloudAudit");
            xml.WriteAttributeString("tests", Count(totalTests));
            xml.WriteAttributeString("failures", Count(totalFailures));
            xml.WriteAttributeString("errors", "0");
            foreach (var service in services)
            {
                var ruleIds = service.Rules;
                var byRule = service.Findings.GroupBy(f => f.RuleId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", service.Name);
                xml.WriteAttributeString("tests", Count(ruleIds.Count));
                xml.WriteAttributeString("failures", Count(byRule.Values.Count(g => g.Any(f => f.Fails(threshold)))));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", Count(byRule.Values.Count(g => !g.Any(f => f.Fails(threshold)) && g.Any(f => f.Status == FindingStatus.Suppressed))));
                foreach (var ruleId in ruleIds)
                {
                    var rule = rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
                    xml.WriteStartElement("testcase");
                    xml.WriteAttributeString("name", rule is null ? ruleId : $"{ruleId} {rule.Title}");
                    xml.WriteAttributeString("classname", service.Name);
                    xml.WriteAttributeString("time", "0");
                    if (byRule.TryGetValue(ruleId, out var ofRule)) WriteOutcome(xml, ofRule, threshold, language);
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            if (files.Count > 0) WriteFiles(xml, files, rules, threshold, language);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        /// <summary>The suite of the questionnaire files that have findings: a case per file and rule, its class the file's name.</summary>
        private static void WriteFiles(XmlWriter xml, List<List<FindingRecord>> files, IReadOnlyList<AuditRule> rules, FindingSeverity threshold, Language language)
        {
            var cases = files.SelectMany(file => file.GroupBy(f => f.RuleId, StringComparer.OrdinalIgnoreCase).Select(g => g.ToList())).ToList();
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Localization.Messages.Format(language, Localization.MessageKey.ReportQuestionnaireFiles));
            xml.WriteAttributeString("tests", Count(cases.Count));
            xml.WriteAttributeString("failures", Count(cases.Count(c => c.Any(f => f.Fails(threshold)))));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", Count(cases.Count(c => !c.Any(f => f.Fails(threshold)) && c.Any(f => f.Status == FindingStatus.Suppressed))));
            foreach (var ofRule in cases)
            {
                var ruleId = ofRule[0].RuleId;
                var rule = rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.OrdinalIgnoreCase));
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", rule is null ? ruleId : $"{ruleId} {rule.Title}");
                xml.WriteAttributeString("classname", ofRule[0].ServiceName);
                xml.WriteAttributeString("time", "0");
                WriteOutcome(xml, ofRule, threshold, language);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        /// <summary>
        /// A service's test cases, in the catalog's order: the rules its findings say were
        /// evaluated, and the rules of its findings (a baseline's, from a run with other rules,
        /// after the others); every rule of the catalog when no finding says what was evaluated.
        /// </summary>
        private static List<string> RulesOf(IEnumerable<FindingRecord> service, IReadOnlyList<AuditRule> catalog)
        {
            var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var said = false;
            foreach (var finding in service)
            {
                foreach (var id in finding.EvaluatedRules.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
                    if (id.Trim() is { Length: > 0 } trimmed && named.Add(trimmed)) said = true;
                named.Add(finding.RuleId);
            }
            var ordered = catalog.Where(r => !said || named.Contains(r.Id)).Select(r => r.Id).ToList();
            foreach (var id in service.Select(f => f.RuleId).Distinct(StringComparer.OrdinalIgnoreCase))
                if (!ordered.Contains(id, StringComparer.OrdinalIgnoreCase)) ordered.Add(id);
            return ordered;
        }

        private static void WriteOutcome(XmlWriter xml, List<FindingRecord> findings, FindingSeverity threshold, Language language)
        {
            var failing = findings.Where(f => f.Fails(threshold)).ToList();
            if (failing.Count > 0)
            {
                var worst = failing.Max(f => f.Severity);
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", worst.ToString());
                xml.WriteAttributeString("message", failing.Count == 1 ? failing[0].Title : $"{failing.Count} findings, the worst {worst}: {failing[0].Title}");
                xml.WriteString(string.Join("\n", failing.Select(f => Line(f, language))));
                xml.WriteEndElement();
                return;
            }
            var suppressed = findings.Where(f => f.Status == FindingStatus.Suppressed).ToList();
            if (suppressed.Count > 0)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", "Suppressed: " + suppressed[0].Justification);
                xml.WriteEndElement();
            }
            xml.WriteElementString("system-out", string.Join("\n", findings.Select(f => Line(f, language))));
        }

        /// <summary>A finding as a line of a case's text, and what to do about it on the next, indented: the line a CI dashboard shows someone who must act.</summary>
        private static string Line(FindingRecord f, Language language) =>
            $"[{f.Severity}/{f.Status}] {f.Title} — {f.Detail} (evidence: {f.Evidence}; {f.EvidenceFile}{(f.EvidenceRow is long row ? " row " + row.ToString(CultureInfo.InvariantCulture) : string.Empty)}; fingerprint {f.Fingerprint})"
            + (f.Action.Length > 0 ? "\n  " + Localization.Messages.Format(language, Localization.MessageKey.ReportAction, f.Action) : string.Empty);

        /// <summary>How many rules of these findings fail a run at <paramref name="threshold"/>.</summary>
        private static int FailingRules(IEnumerable<FindingRecord> findings, FindingSeverity threshold) =>
            findings.GroupBy(f => f.RuleId, StringComparer.OrdinalIgnoreCase).Count(g => g.Any(f => f.Fails(threshold)));

        private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
