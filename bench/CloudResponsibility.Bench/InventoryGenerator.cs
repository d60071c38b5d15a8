using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CloudResponsibility.Output;
using CsvHelper;

namespace CloudResponsibility.Bench
{
    /// <summary>Writes a realistic inventory of N services: every model, English and Japanese values, extra columns.</summary>
    internal static class InventoryGenerator
    {
        private static readonly string[] Models = { "SaaS", "PaaS", "IaaS", "saas", "ＳａａＳ", "OnPremises" };
        private static readonly string[] Locations = { "JP", "JP;US", "US", "日本", "DE;IE", "SG" };
        private static readonly string[] Flags = { "yes", "no", "はい", "いいえ", "1", "0" };
        private static readonly string[] Vendors = { "Microsoft", "Amazon Web Services", "Google", "サイボウズ", "Salesforce" };

        /// <summary>The numbers of the first <paramref name="count"/> services written as SaaS (spelt "SaaS").</summary>
        public static IEnumerable<long> SaasServices(long rows, int count)
        {
            for (long i = 0; i < rows && count > 0; i += Models.Length, count--) yield return i;
        }

        public static void Write(string path, long rows)
        {
            using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
            writer.Write("ServiceName,Vendor,ServiceModel,DeploymentModel,DataLocation,PersonalData,EuPersonalData,MedicalData,ExportControlled,VendorCountry,Owner,CostCenter\r\n");
            for (long i = 0; i < rows; i++)
            {
                writer.Write("Service ");
                writer.Write(i);
                writer.Write(',');
                writer.Write(Vendors[i % Vendors.Length]);
                writer.Write(',');
                writer.Write(Models[i % Models.Length]);
                writer.Write(",Public,");
                var location = Locations[(i / 7) % Locations.Length];
                if (location.Contains(';')) { writer.Write('"'); writer.Write(location); writer.Write('"'); } else writer.Write(location);
                writer.Write(',');
                writer.Write(Flags[i % Flags.Length]);
                writer.Write(',');
                writer.Write(Flags[(i / 3) % Flags.Length]);
                writer.Write(",no,no,US,情報システム部 担当");
                writer.Write(i % 97);
                writer.Write(",CC-");
                writer.Write(i % 1000);
                writer.Write("\r\n");
            }
            // On disk before any scenario runs, so that the kernel writing it back does not share
            // the processors with the first timed runs.
            writer.Flush();
            ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
        }

        /// <summary>The inventory at <paramref name="csv"/> saved as a workbook, its cells the CSV's text, as the module writes one.</summary>
        public static void WriteWorkbook(string csv, string workbook)
        {
            using var reader = CsvReader.FromFile(csv);
            var headers = reader.Headers.ToArray();
            using var report = ReportSession.Open(workbook, ReportFormat.Xlsx, ReportOptions.Default);
            while (reader.Read())
            {
                var values = new object?[headers.Length];
                for (var i = 0; i < values.Length; i++) values[i] = reader.GetString(i);
                report.Add(headers, values);
            }
            report.Commit();
        }
    }
}
