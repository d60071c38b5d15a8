using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using CsvHelper;

namespace CsvNeighbour
{
    /// <summary>
    /// Reads a CSV file into one object per record, through the CsvReader constructor that
    /// CsvHelper 33 has and 34 removed: a call that fails if this module is handed CsvHelper 34.
    /// </summary>
    [Cmdlet(VerbsData.Import, "NeighbourCsv")]
    [OutputType(typeof(PSObject))]
    public sealed class ImportNeighbourCsvCommand : PSCmdlet
    {
        /// <summary>The CSV file.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public string Path { get; set; } = string.Empty;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
            using var reader = new CsvReader(new StreamReader(path), CultureInfo.InvariantCulture, false);
            foreach (var record in reader.GetRecords<dynamic>())
            {
                var row = new PSObject();
                foreach (var field in (IDictionary<string, object>)record) row.Properties.Add(new PSNoteProperty(field.Key, field.Value));
                WriteObject(row);
            }
        }
    }
}
