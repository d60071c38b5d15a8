using System;
using System.Collections.Generic;
using CloudResponsibility.Catalog;
using CloudResponsibility.Model;
using CsvHelper;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// The baseline: what CsvHelper 34 alone does for the same job — read the inventory, and for each
    /// service write the 9 rows of its model from dictionaries of owners and duties (the same columns
    /// and text the module writes), carrying the inventory's cells over as bytes. No normalisation,
    /// no validation, no overrides: the floor of the bulk path.
    /// </summary>
    internal static class RawCsvHelperLoop
    {
        public static long Run(string input, string output)
        {
            var byModel = CellsByModelName();

            long rows = 0;
            using var reader = CsvReader.FromFile(input);
            using var writer = CsvWriter.ToFile(output, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape });
            var headers = reader.Headers;
            writer.WriteField("ServiceName"); writer.WriteField("ServiceModel"); writer.WriteField("Layer"); writer.WriteField("Owner");
            writer.WriteField("IsOverridden"); writer.WriteField("Clause"); writer.WriteField("GeneralOwner"); writer.WriteField("CustomerDuty");
            writer.WriteField("ProviderDuty"); writer.WriteField("Source"); writer.WriteField("LayerOrder"); writer.WriteField("LayerName"); writer.WriteField("Language");
            for (var i = 0; i < headers.Count; i++) if (i != 0 && i != 2) writer.WriteField(headers[i]);
            writer.EndRecord();
            while (reader.Read())
            {
                var cells = byModel[reader.GetString(2)!];
                foreach (var cell in cells)
                {
                    writer.WriteField(reader.GetSpan(0));
                    writer.WriteField(cell.ServiceModel.ToString());
                    writer.WriteField(cell.Layer.ToString());
                    writer.WriteField(cell.Owner.ToString());
                    writer.WriteField(false);
                    writer.WriteField(string.Empty);
                    writer.WriteField(cell.Owner.ToString());
                    writer.WriteField(cell.CustomerDuty);
                    writer.WriteField(cell.ProviderDuty);
                    writer.WriteField(cell.Source);
                    writer.WriteField(cell.LayerOrder, default);
                    writer.WriteField(cell.Name);
                    writer.WriteField("En");
                    for (var i = 0; i < reader.FieldCount; i++) if (i != 0 && i != 2) writer.WriteField(reader.GetSpan(i));
                    writer.EndRecord();
                    rows++;
                }
            }
            return rows;
        }

        /// <summary>
        /// The English catalog's nine cells of each service model, by the model's name as the
        /// generated inventories spell it (the full-width ＳａａＳ among them), any case.
        /// </summary>
        public static Dictionary<string, ResponsibilityEntry[]> CellsByModelName()
        {
            var catalog = CloudCatalog.Default.In(Language.En);
            var byModel = new Dictionary<string, ResponsibilityEntry[]>(StringComparer.OrdinalIgnoreCase);
            foreach (ServiceModel model in Enum.GetValues(typeof(ServiceModel)))
            {
                var cells = new List<ResponsibilityEntry>();
                foreach (Layer layer in Enum.GetValues(typeof(Layer))) cells.Add(catalog.Cell(model, layer));
                byModel[model.ToString()] = cells.ToArray();
            }
            byModel["ＳａａＳ"] = byModel["SaaS"];
            return byModel;
        }
    }
}
