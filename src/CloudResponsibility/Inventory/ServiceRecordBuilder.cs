using System;
using System.Collections.Generic;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;

namespace CloudResponsibility.Inventory
{
    /// <summary>
    /// Turns the rows of one inventory into services. It is given the headers once, maps them to
    /// <see cref="InventoryColumn"/>s by <see cref="InventoryColumnNames"/>, then takes the values
    /// of each row in header order: from a CSV reader or from the properties of Import-Csv objects
    /// alike. A row yields a <see cref="CloudService"/> or every error of its cells (all of them,
    /// in column order, so that one pass over a spreadsheet shows everything to fix). Columns the
    /// tool does not know become <see cref="CloudService.AdditionalColumns"/>, in header order,
    /// under their header text as written. Not thread-safe: it caches parsed list cells.
    /// </summary>
    public sealed class ServiceRecordBuilder
    {
        // Parsed list cells are immutable and repeat down a column ("JP;US"), so they are shared;
        // the cap keeps the memory constant however many distinct values a file has.
        private const int MaxCachedCells = 1024;

        private readonly Language language;
        private readonly HeaderMap map;
        private readonly Dictionary<string, ValueList<string>> locationCache = new Dictionary<string, ValueList<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, ValueList<ContractOverride>> overrideCache = new Dictionary<string, ValueList<ContractOverride>>(StringComparer.Ordinal);

        /// <summary>
        /// Maps the headers of an inventory. Problems of the header (a required column missing, a
        /// column named twice) are in <see cref="HeaderErrors"/>; with any, no row can be built.
        /// </summary>
        /// <param name="headers">The header texts, in file order.</param>
        /// <param name="file">The name of the file, for the errors; null when there is none.</param>
        /// <param name="headerRow">The row of the header, for the errors (1 in a file that starts with it).</param>
        /// <param name="headerLine">The physical line of the header, when known.</param>
        /// <param name="language">The language of the errors' messages.</param>
        public ServiceRecordBuilder(IReadOnlyList<string?> headers, string? file = null, long? headerRow = 1, long? headerLine = null, Language language = Language.En)
        {
            if (headers is null) throw new ArgumentNullException(nameof(headers));
            File = file;
            this.language = language;
            map = new HeaderMap(headers, InventoryColumnNames.Set, new RowLocation(file, headerRow, headerLine), language);
            Headers = Array.AsReadOnly(map.Headers);
        }

        /// <summary>The file named in the errors.</summary>
        public string? File { get; }

        /// <summary>The headers, as written.</summary>
        public IReadOnlyList<string> Headers { get; }

        /// <summary>The number of columns the header has.</summary>
        public int ColumnCount => map.Headers.Length;

        /// <summary>The problems of the header; while there are any, <see cref="Build"/> cannot be called.</summary>
        public IReadOnlyList<InventoryError> HeaderErrors => map.Errors;

        /// <summary>The index of the column that holds <paramref name="column"/>, or -1 when the header has none.</summary>
        public int IndexOf(InventoryColumn column)
        {
            var kind = (int)column;
            if (kind < 0 || kind >= InventoryColumnNames.Set.Count) throw new ArgumentOutOfRangeException(nameof(column));
            return map.IndexOf(kind);
        }

        /// <summary>Whether every value is empty or whitespace: such rows are skipped, not read.</summary>
        public static bool IsBlankRow(IReadOnlyList<string?> values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            for (var i = 0; i < values.Count; i++)
                if (!TextNormalizer.IsBlank(values[i])) return false;
            return true;
        }

        /// <summary>
        /// Builds the service of one row. <paramref name="values"/> are in header order; missing
        /// values at the end read as empty and extra ones are ignored (a reader checks the count).
        /// </summary>
        public ServiceRecordResult Build(IReadOnlyList<string?> values, long? row = null, long? line = null) => Build(values, new RowLocation(File, row, line));

        /// <summary>
        /// Builds the service of an object piped in (an Import-Csv row): as <see cref="Build(IReadOnlyList{string}, long?, long?)"/>,
        /// its errors placed by <paramref name="position"/>, the object's position among those piped in (from 1).
        /// </summary>
        public ServiceRecordResult BuildInputObject(IReadOnlyList<string?> values, long position)
        {
            if (position < 1) throw new ArgumentOutOfRangeException(nameof(position), position, "Positions start at 1.");
            return Build(values, RowLocation.OfInputObject(position));
        }

        private ServiceRecordResult Build(IReadOnlyList<string?> values, RowLocation at)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            if (HeaderErrors.Count > 0) throw new InvalidOperationException("The header has errors, so no row can be read: " + HeaderErrors[0].Message);

            List<InventoryError>? errors = null;

            var name = Value(values, InventoryColumn.ServiceName)?.Trim() ?? string.Empty;
            if (name.Length == 0) Add(ref errors, InventoryErrors.MissingRequiredValue(language, at, Header(InventoryColumn.ServiceName), nameof(InventoryColumn.ServiceName)));

            var serviceModel = ReadServiceModel(values, at, ref errors);
            var vendor = TrimToNull(Value(values, InventoryColumn.Vendor));
            var deploymentModel = ReadDeploymentModel(values, at, ref errors);
            var dataLocation = ReadDataLocation(values, at, ref errors);
            var personalData = ReadFlag(values, InventoryColumn.PersonalData, at, ref errors);
            var euPersonalData = ReadFlag(values, InventoryColumn.EuPersonalData, at, ref errors);
            var medicalData = ReadFlag(values, InventoryColumn.MedicalData, at, ref errors);
            var exportControlled = ReadFlag(values, InventoryColumn.ExportControlled, at, ref errors);
            var vendorCountry = ReadVendorCountry(values, at, ref errors);
            var owner = TrimToNull(Value(values, InventoryColumn.Owner));
            var contractOverrides = ReadContractOverrides(values, at, ref errors);

            if (errors is not null) return new ServiceRecordResult(null, errors, name.Length == 0 ? null : name);
            return new ServiceRecordResult(
                new CloudService(name, serviceModel, vendor, deploymentModel, dataLocation, personalData, euPersonalData, medicalData,
                    exportControlled, vendorCountry, owner, contractOverrides, map.AdditionalColumns(values)),
                null);
        }

        /// <summary>
        /// The service a row names, trimmed; null when its ServiceName cell is empty or the header
        /// has no such column. For a row that cannot be read as a whole (cells missing, or more
        /// cells than the header), whatever it holds in that column: which service is lost is worth
        /// knowing even then.
        /// </summary>
        public string? ServiceNameOf(IReadOnlyList<string?> values)
        {
            if (values is null) throw new ArgumentNullException(nameof(values));
            var name = Value(values, InventoryColumn.ServiceName);
            return TextNormalizer.IsBlank(name) ? null : name!.Trim();
        }

        private ServiceModel ReadServiceModel(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, InventoryColumn.ServiceModel);
            if (TextNormalizer.IsBlank(text)) Add(ref errors, InventoryErrors.MissingRequiredValue(language, at, Header(InventoryColumn.ServiceModel), nameof(InventoryColumn.ServiceModel)));
            else if (!ServiceModelParser.TryParse(text, out var model)) Add(ref errors, InventoryErrors.UnknownServiceModel(language, at, Header(InventoryColumn.ServiceModel), text!));
            else return model;
            return default;
        }

        private DeploymentModel? ReadDeploymentModel(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, InventoryColumn.DeploymentModel);
            if (TextNormalizer.IsBlank(text)) return null;
            if (DeploymentModelParser.TryParse(text, out var model)) return model;
            Add(ref errors, InventoryErrors.UnknownDeploymentModel(language, at, Header(InventoryColumn.DeploymentModel), text!));
            return null;
        }

        private bool? ReadFlag(IReadOnlyList<string?> values, InventoryColumn column, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, column);
            if (BooleanParser.TryParse(text, out var flag)) return flag;
            Add(ref errors, InventoryErrors.InvalidBoolean(language, at, Header(column), text!));
            return null;
        }

        private ValueList<string>? ReadDataLocation(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, InventoryColumn.DataLocation);
            if (TextNormalizer.IsBlank(text)) return null;
            if (locationCache.TryGetValue(text!, out var cached)) return cached;
            if (!DataLocationParser.TryParse(text, out var codes, out var invalidPart))
            {
                Add(ref errors, InventoryErrors.UnknownCountry(language, at, Header(InventoryColumn.DataLocation), text!, invalidPart ?? text!));
                return null;
            }
            if (locationCache.Count < MaxCachedCells) locationCache[text!] = codes;
            return codes;
        }

        private string? ReadVendorCountry(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, InventoryColumn.VendorCountry);
            if (TextNormalizer.IsBlank(text)) return null;
            if (CountryParser.TryParse(text, out var code)) return code;
            var header = Header(InventoryColumn.VendorCountry);
            if (!DataLocationParser.TryParse(text, out var codes, out var invalidPart))
                Add(ref errors, InventoryErrors.UnknownCountry(language, at, header, text!, invalidPart ?? text!));
            else if (codes.Count == 1) return codes[0];
            else Add(ref errors, InventoryErrors.MultipleCountries(language, at, header, text!, codes.Count));
            return null;
        }

        private ValueList<ContractOverride>? ReadContractOverrides(IReadOnlyList<string?> values, RowLocation at, ref List<InventoryError>? errors)
        {
            var text = Value(values, InventoryColumn.ContractOverrides);
            if (TextNormalizer.IsBlank(text)) return null;
            if (overrideCache.TryGetValue(text!, out var cached)) return cached;
            if (!ContractOverrideParser.TryParse(text, out var overrides, out var error))
            {
                Add(ref errors, InventoryErrors.InvalidContractOverride(language, at, Header(InventoryColumn.ContractOverrides), error));
                return null;
            }
            if (overrideCache.Count < MaxCachedCells) overrideCache[text!] = overrides;
            return overrides;
        }

        private string? Value(IReadOnlyList<string?> values, InventoryColumn column) => map.Value(values, (int)column);

        private string Header(InventoryColumn column) => map.Header((int)column);

        private static string? TrimToNull(string? text) => TextNormalizer.IsBlank(text) ? null : text!.Trim();

        private static void Add(ref List<InventoryError>? errors, InventoryError error) => (errors ??= new List<InventoryError>(2)).Add(error);
    }
}
