using System;
using System.Collections.Generic;
using System.Linq;
using CsvHelper;

namespace CloudResponsibility.Bench
{
    /// <summary>
    /// The issue's own reference loop (about 0.14 µs per output row by the issue): CsvHelper 34 reads
    /// the inventory and writes 9 rows per service from a dictionary of owners, three columns each
    /// (service, layer, owner). It calibrates this machine against the figure, and is the
    /// baseline of the bulk cmdlet writing those three columns (-Property ServiceName, Layer, Owner);
    /// the module's full rows have 24 columns, duties and inventory columns included, and their
    /// baseline is <see cref="RawCsvHelperLoop"/>.
    /// </summary>
    internal static class NarrowCsvHelperLoop
    {
        public static long Run(string input, string output)
        {
            var owners = new Dictionary<string, KeyValuePair<string, string>[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var model in RawCsvHelperLoop.CellsByModelName())
                owners[model.Key] = model.Value.Select(cell => new KeyValuePair<string, string>(cell.Layer.ToString(), cell.Owner.ToString())).ToArray();

            long rows = 0;
            using var reader = CsvReader.FromFile(input);
            using var writer = CsvWriter.ToFile(output, CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape });
            writer.WriteField("ServiceName"); writer.WriteField("Layer"); writer.WriteField("Owner");
            writer.EndRecord();
            while (reader.Read())
            {
                foreach (var layer in owners[reader.GetString(2)!])
                {
                    writer.WriteField(reader.GetSpan(0));
                    writer.WriteField(layer.Key);
                    writer.WriteField(layer.Value);
                    writer.EndRecord();
                    rows++;
                }
            }
            return rows;
        }
    }
}
