using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// What each of the audit's rules reads, so that a run which could not see an input does not
    /// call the rule's earlier findings Resolved: the legal points read the inventory columns their
    /// catalog triggers name; VND-08 and INV-02 read DataLocation, INV-02 the kinds of data too;
    /// the vendor, threat and ownership-claim rules and the questionnaire's age read the
    /// questionnaires. An inventory without Owner or ContractOverrides is no blind spot: every
    /// service then has no owner (OWN-01 finds it) or keeps the general split.
    /// </summary>
    internal sealed class RuleInputs
    {
        /// <summary>The kinds of data whose location the law cares about: one of them with an unknown location is INV-02.</summary>
        public static readonly InventoryColumn[] SensitiveData =
            { InventoryColumn.PersonalData, InventoryColumn.EuPersonalData, InventoryColumn.MedicalData, InventoryColumn.ExportControlled };

        private readonly Dictionary<InventoryColumn, List<string>> byColumn = new Dictionary<InventoryColumn, List<string>>();

        public RuleInputs(CatalogView catalog, AuditRuleCatalog rules)
        {
            foreach (var point in catalog.LegalConsiderations)
                foreach (var attribute in LegalTrigger.Parse(point.Trigger).Attributes)
                    Add(ColumnOf(attribute), point.Id);
            Add(InventoryColumn.DataLocation, AuditRuleIds.VendorDataLocationNotInInventory);
            Add(InventoryColumn.DataLocation, AuditRuleIds.UnknownDataLocation);
            foreach (var column in SensitiveData) Add(column, AuditRuleIds.UnknownDataLocation);
            Questionnaire = rules.In(Language.En)
                .Where(r => r.Category == "Vendor" || r.Category == "Threat" || r.Id == AuditRuleIds.StaleQuestionnaire || r.Id == AuditRuleIds.OwnershipMismatch)
                .Select(r => r.Id).ToArray();
        }

        /// <summary>The columns some rule reads, in the inventory's column order.</summary>
        public IEnumerable<InventoryColumn> Columns => byColumn.Keys.OrderBy(c => (int)c);

        /// <summary>The rules that read a column, in the order first met; empty for a column no rule reads.</summary>
        public IReadOnlyList<string> Reading(InventoryColumn column) =>
            byColumn.TryGetValue(column, out var ids) ? ids : (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>The rules a service's questionnaire (or CAIQ) feeds: judged only when it was read.</summary>
        public IReadOnlyList<string> Questionnaire { get; }

        private void Add(InventoryColumn column, string ruleId)
        {
            if (!byColumn.TryGetValue(column, out var ids)) byColumn[column] = ids = new List<string>(4);
            if (!ids.Contains(ruleId)) ids.Add(ruleId);
        }

        // The trigger's attributes are the inventory's columns of the same name.
        private static InventoryColumn ColumnOf(TriggerAttribute attribute) =>
            (InventoryColumn)Enum.Parse(typeof(InventoryColumn), attribute.ToString());
    }
}
