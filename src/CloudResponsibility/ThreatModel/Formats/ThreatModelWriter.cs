using System;
using System.Collections.Generic;
using System.IO;
using CloudResponsibility.Catalog;
using CloudResponsibility.Localization;
using CloudResponsibility.Model;

namespace CloudResponsibility.ThreatModel.Formats
{
    /// <summary>
    /// Writes services' threat models to a file of one of the formats built for threat-modelling
    /// tools and readers (Markdown, Threat Dragon, OTM); Csv and Json go through the report writer.
    /// Output depends only on the models and the catalog: no time, no random ID, so the same input
    /// gives the same bytes.
    /// </summary>
    public abstract class ThreatModelWriter
    {
        /// <summary>Creates a writer over a catalog view (its language is the file's).</summary>
        protected ThreatModelWriter(CatalogView catalog, string catalogVersion)
        {
            Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
            CatalogVersion = catalogVersion;
        }

        /// <summary>The catalog the models were built from.</summary>
        protected CatalogView Catalog { get; }

        /// <summary>The catalog's version, recorded in the file.</summary>
        protected string CatalogVersion { get; }

        /// <summary>Whether one file can hold several services' models.</summary>
        public abstract bool HoldsManyServices { get; }

        /// <summary>The file extension of the format, with its dot.</summary>
        public abstract string Extension { get; }

        /// <summary>Writes the models to <paramref name="stream"/>.</summary>
        public abstract void Write(Stream stream, IReadOnlyList<ServiceThreatModel> models);

        /// <summary>The writer of a file format; null for Csv and Json, which the report writer writes.</summary>
        public static ThreatModelWriter? For(ThreatModelFormat format, CatalogView catalog, string catalogVersion) => format switch
        {
            ThreatModelFormat.Markdown => new MarkdownThreatModelWriter(catalog, catalogVersion),
            ThreatModelFormat.ThreatDragon => new ThreatDragonWriter(catalog, catalogVersion),
            ThreatModelFormat.Otm => new OtmWriter(catalog, catalogVersion),
            _ => null,
        };

        /// <summary>A label in the catalog's language.</summary>
        protected string Label(string key, params object?[] args) => Messages.Format(Catalog.Language, key, args);

        /// <summary>The text of the mitigations of an entry, one line each: the provider's with their checks and verification, then the customer's with their duties.</summary>
        protected IEnumerable<string> MitigationLines(ThreatModelEntry entry)
        {
            foreach (var mitigation in entry.ProviderMitigations)
                yield return Label(MessageKey.ThreatModelProvider) + ": " + ProviderMitigationText(mitigation);
            foreach (var mitigation in entry.CustomerMitigations)
                yield return Label(MessageKey.ThreatModelCustomer) + ": " + CustomerMitigationText(mitigation);
        }

        /// <summary><c>CTL-T-05 name (verified by CHK-TE-04; unverified: Fail)</c>.</summary>
        protected string ProviderMitigationText(ProviderMitigation mitigation)
        {
            var notes = new List<string>
            {
                mitigation.CheckItemIds.Count > 0 ? Label(MessageKey.ThreatModelVerifiedBy, string.Join(", ", mitigation.CheckItemIds)) : Label(MessageKey.ThreatModelNoCheck),
            };
            if (mitigation.Verification == MitigationVerification.Verified) notes.Add(Label(MessageKey.ThreatModelVerified));
            if (mitigation.Verification == MitigationVerification.Unverified) notes.Add(Label(MessageKey.ThreatModelUnverified, mitigation.Outcome));
            return $"{mitigation.ControlId} {mitigation.Name} ({string.Join("; ", notes)})";
        }

        /// <summary><c>Data (Customer): duty</c>.</summary>
        protected static string CustomerMitigationText(CustomerMitigation mitigation) =>
            $"{mitigation.LayerName} ({mitigation.Owner}{(mitigation.Clause is null ? "" : ", " + mitigation.Clause)})" + (mitigation.Duty.Length > 0 ? ": " + mitigation.Duty : "");

        /// <summary>The deployment model, or the label for a service that records none.</summary>
        protected string DeploymentText(CloudService service) =>
            service.DeploymentModel?.ToString() ?? Label(MessageKey.ThreatModelNotRecorded);
    }
}
