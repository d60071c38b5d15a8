using System;
using System.Collections.Generic;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// Compares a run's findings with the baseline as they come: the same fingerprint is Unchanged
    /// (Worsened if now more severe); a new fingerprint on a fact the baseline had under a less
    /// severe rule of the same family (a Partial answer now No) is Worsened; anything else is New.
    /// What the baseline had and the run did not find comes out Resolved at the end — unless the
    /// run could not check it: a finding of a service whose inventory row could not be read is
    /// held, and so is every finding of a service the run did not audit once a row that names no
    /// service could not be read (it may have been that row's). So are the findings of a rule a
    /// service could not be judged by: the inventory lacks a column the rule reads, a service's
    /// DataLocation is blank, or its questionnaire could not be used (<see cref="HoldRules"/>).
    /// Memory grows with the baseline, not with the services audited. Not thread-safe.
    /// </summary>
    internal sealed class BaselineComparison
    {
        private readonly Dictionary<string, Finding> byFingerprint = new Dictionary<string, Finding>(StringComparer.Ordinal);
        private readonly Dictionary<string, Finding> bySubject = new Dictionary<string, Finding>(StringComparer.Ordinal);
        private readonly HashSet<string> matched = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<Finding> order = new List<Finding>();
        private readonly HashSet<string> services = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> audited = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> held = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> heldRules = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> heldEverywhere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private bool holdUnaudited;

        public BaselineComparison(Baseline baseline)
        {
            foreach (var finding in baseline.Findings)
            {
                if (byFingerprint.ContainsKey(finding.Fingerprint)) continue;
                byFingerprint[finding.Fingerprint] = finding;
                order.Add(finding);
                services.Add(FindingFingerprint.ServiceKey(finding.ServiceName));
                var key = SubjectKey(finding.ServiceName, finding.RuleId, finding.Subject);
                if (!bySubject.TryGetValue(key, out var other) || other.Severity < finding.Severity) bySubject[key] = finding;
            }
        }

        /// <summary>Notes a service audited by this run (its key, <see cref="FindingFingerprint.ServiceKey"/>): what the baseline had of it and the run did not find is resolved.</summary>
        public void Audited(string serviceKey)
        {
            if (services.Contains(serviceKey)) audited.Add(serviceKey);
        }

        /// <summary>Holds the findings of a service whose inventory row could not be read: not checked, so not resolved.</summary>
        public void Hold(string serviceKey)
        {
            if (services.Contains(serviceKey)) held.Add(serviceKey);
        }

        /// <summary>Holds a service's findings of rules this run could not judge it by (a column missing, a blank cell, a questionnaire it could not use).</summary>
        public void HoldRules(string serviceKey, IEnumerable<string> ruleIds)
        {
            if (!services.Contains(serviceKey)) return;
            if (!heldRules.TryGetValue(serviceKey, out var ids)) heldRules[serviceKey] = ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            ids.UnionWith(ruleIds);
        }

        /// <summary>Holds every finding of rules this run could not judge at all (no questionnaire read from a folder that has none).</summary>
        public void HoldRulesEverywhere(IEnumerable<string> ruleIds) => heldEverywhere.UnionWith(ruleIds);

        /// <summary>Holds the findings of every service the run does not audit: a row that names no service could not be read, and any of them may be its.</summary>
        public void HoldUnaudited() => holdUnaudited = true;

        /// <summary>Whether a finding of the baseline that the run did not find went unchecked (Unverified) rather than away (Resolved).</summary>
        public bool IsHeld(Finding finding)
        {
            var key = FindingFingerprint.ServiceKey(finding.ServiceName);
            return held.Contains(key) || (holdUnaudited && !audited.Contains(key)) || heldEverywhere.Contains(finding.RuleId)
                || (heldRules.TryGetValue(key, out var ids) && ids.Contains(finding.RuleId));
        }

        /// <summary>Whether the baseline has no finding: then every finding is New, and none needs its fingerprint now.</summary>
        public bool IsEmpty => byFingerprint.Count == 0;

        /// <summary>
        /// The status of a finding of this run, and the severity the baseline gave its fact:
        /// Suppressed when <paramref name="suppressed"/> (an unexpired suppression accepts it now);
        /// Reopened when the baseline had it Suppressed and nothing accepts it now, since a risk
        /// that stops being accepted is news however its severity went.
        /// </summary>
        public (FindingStatus Status, FindingSeverity? BaselineSeverity) Compare(string serviceName, string ruleId, string subject, string fingerprint, FindingSeverity severity, bool suppressed = false)
        {
            var (status, before) = Match(serviceName, ruleId, subject, fingerprint, severity);
            if (suppressed) return (FindingStatus.Suppressed, before?.Severity);
            if (before is { Status: FindingStatus.Suppressed }) return (FindingStatus.Reopened, before.Severity);
            return (status, before?.Severity);
        }

        private (FindingStatus Status, Finding? Before) Match(string serviceName, string ruleId, string subject, string fingerprint, FindingSeverity severity)
        {
            if (byFingerprint.Count == 0) return (FindingStatus.New, null);
            if (byFingerprint.TryGetValue(fingerprint, out var same))
            {
                matched.Add(fingerprint);
                return (severity > same.Severity ? FindingStatus.Worsened : FindingStatus.Unchanged, same);
            }
            if (bySubject.TryGetValue(SubjectKey(serviceName, ruleId, subject), out var before) && !matched.Contains(before.Fingerprint) && before.Severity < severity)
            {
                matched.Add(before.Fingerprint);
                return (FindingStatus.Worsened, before);
            }
            return (FindingStatus.New, null);
        }

        /// <summary>The baseline's findings this run did not match, in the baseline's order.</summary>
        public IEnumerable<Finding> Unmatched()
        {
            foreach (var finding in order)
                if (!matched.Contains(finding.Fingerprint)) yield return finding;
        }

        /// <summary>The service, the rule's family (VND, QST, or the legal point itself) and the subject.</summary>
        private static string SubjectKey(string serviceName, string ruleId, string subject)
        {
            var dash = ruleId.IndexOf('-');
            var family = dash > 0 && !ruleId.StartsWith("LEG-", StringComparison.OrdinalIgnoreCase) ? ruleId.Substring(0, dash) : ruleId;
            return FindingFingerprint.ServiceKey(serviceName) + "\n" + family.ToUpperInvariant() + "\n" + subject.Trim().ToUpperInvariant();
        }
    }
}
