using System;
using System.Collections.Generic;
using System.Linq;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// A vendor's answer to a line about where the data is that names countries the inventory's
    /// DataLocation does not list: the legal points judged from the inventory's location (data
    /// abroad, US authorities, the EU, medical information) rest on a location the vendor's own
    /// words put in doubt. The countries are read from the row's Comment, Evidence and an Answer
    /// cell that holds no accepted answer (<see cref="CountryMentions"/>); a member state of the EU
    /// is within an inventory's EU. Immutable.
    /// </summary>
    public sealed class DataLocationConflict
    {
        // The lines that ask where the data is: the storage location, and the distributed processing
        // whose sites must be tracked (CSO §3, CHK-TE-05). The catalog's data marks no line so; these IDs never change.
        private static readonly HashSet<string> Lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "CHK-TE-05.3", "CHK-TE-05.4" };

        // The member states since 2020, within an inventory's EU.
        private static readonly HashSet<string> EuMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        };

        private DataLocationConflict(string itemId, ValueList<string> named, ValueList<string> unlisted, ValueList<string> inventory)
        {
            ItemId = itemId;
            Named = named;
            Unlisted = unlisted;
            InventoryLocation = inventory;
        }

        /// <summary>The line answered.</summary>
        public string ItemId { get; }

        /// <summary>Every country the answer names.</summary>
        public ValueList<string> Named { get; }

        /// <summary>The countries it names that the inventory's DataLocation does not list.</summary>
        public ValueList<string> Unlisted { get; }

        /// <summary>The inventory's DataLocation; empty when it gives none.</summary>
        public ValueList<string> InventoryLocation { get; }

        /// <summary>Whether a line asks where the data is, so that its answer is compared with the inventory's DataLocation.</summary>
        public static bool IsAbout(string itemId) => itemId is not null && Lines.Contains(itemId);

        /// <summary>The conflict between an answer and the service's DataLocation in the inventory; null when the line is not about the data's location or the answer names no country it lacks.</summary>
        public static DataLocationConflict? Find(CloudService service, AnswerRecord record)
        {
            if (service is null) throw new ArgumentNullException(nameof(service));
            if (record is null) throw new ArgumentNullException(nameof(record));
            if (!IsAbout(record.ItemId)) return null;
            var named = new List<string>();
            foreach (var text in new[] { record.Comment, record.Evidence, record.AnswerText })
                foreach (var code in CountryMentions.In(text))
                    if (!named.Contains(code)) named.Add(code);
            var unlisted = named.Where(code => !Lists(service.DataLocation, code)).ToList();
            return unlisted.Count == 0 ? null
                : new DataLocationConflict(record.ItemId, new ValueList<string>(named), new ValueList<string>(unlisted), service.DataLocation);
        }

        private static bool Lists(ValueList<string> location, string code) =>
            location.Contains(code) || (EuMembers.Contains(code) && location.Contains(CountryCodes.EuropeanUnion));
    }
}
