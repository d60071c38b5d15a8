using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.PowerShell.Commands;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.Resolution;

namespace CloudResponsibility.PowerShell.Pipeline
{
    /// <summary>
    /// Turns pipeline objects into services for the cmdlets that take them: the module's own objects
    /// as they are, and any other object — an Import-Csv or Import-Excel row — by its property names,
    /// matched and normalised exactly as Import-CloudInventory matches a file's headers (English or
    /// Japanese). A bad object becomes error records naming its position, column and value. Rows
    /// derived from a service stand for it, once for a run of rows of the same service. A file
    /// (Get-Item, Get-ChildItem) is no record: its properties are not an inventory's columns.
    /// </summary>
    internal sealed class ServiceInput
    {
        private readonly PSCmdlet cmdlet;
        private readonly Language language;
        private readonly bool nameServiceInErrors;
        private readonly Action<string?, long, IReadOnlyList<InventoryError>>? unreadable;
        private readonly PropertyCells cells = new PropertyCells();
        private ServiceRecordBuilder? builder;
        private long position;
        private CloudService? lastRowService;

        /// <summary>
        /// Reads services for <paramref name="cmdlet"/>; with <paramref name="nameServiceInErrors"/>,
        /// an error's message starts with the name of the service the object stands for, when it has one.
        /// <paramref name="unreadable"/> is told of each record that could not be read as a service,
        /// after its error records: the service it names (null when it names none), its row as
        /// Import-Csv's rows are numbered, and its errors.
        /// </summary>
        public ServiceInput(PSCmdlet cmdlet, Language language, bool nameServiceInErrors = false, Action<string?, long, IReadOnlyList<InventoryError>>? unreadable = null)
        {
            this.cmdlet = cmdlet;
            this.language = language;
            this.nameServiceInErrors = nameServiceInErrors;
            this.unreadable = unreadable;
        }

        /// <summary>The service an object stands for; null, with error records written, when it stands for none.</summary>
        public CloudService? Read(PSObject? input)
        {
            position++;
            switch (input?.BaseObject)
            {
                case null:
                    return null;
                case CloudService service:
                    lastRowService = null;
                    return service;
                case ServiceResponsibility row:
                    return OncePerRun(row.Service);
                case ServiceLegalFinding finding:
                    return OncePerRun(finding.Service);
                case DisclosureResult disclosure:
                    return OncePerRun(disclosure.Service);
                case DisclosureSummary summary:
                    return OncePerRun(summary.Service);
                case object value when IsBareValue(value):
                    // A number, flag or string has no columns to read a service from: without this
                    // it would be a blank row, skipped with no more than a verbose line.
                    cmdlet.WriteError(ErrorRecords.NotARecord(language, value));
                    return null;
                case FileSystemInfo file:
                    // A file's properties (Name, Length …) would be read as a header without ServiceName
                    // and ServiceModel, an error that blames the file's content; the file is not a record.
                    cmdlet.WriteError(ErrorRecords.NotARecord(language, file));
                    return null;
            }
            lastRowService = null;
            cells.Read(input);
            var values = cells.Values;
            if (ServiceRecordBuilder.IsBlankRow(values))
            {
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.EmptyInputSkipped, position));
                return null;
            }
            var current = BuilderFor();
            if (current.HeaderErrors.Count > 0)
            {
                foreach (var error in current.HeaderErrors) cmdlet.WriteError(Named(ErrorRecords.Inventory(error)));
                unreadable?.Invoke(current.ServiceNameOf(values), position + 1, current.HeaderErrors);
                return null;
            }
            // Placed by the object's position: Import-Csv skips blank lines and joins a cell's lines, so a file row would be a guess.
            var result = current.BuildInputObject(values, position);
            if (result.Service is not null) return result.Service;
            foreach (var error in result.Errors) cmdlet.WriteError(Named(ErrorRecords.Inventory(error)));
            unreadable?.Invoke(result.ServiceName, position + 1, result.Errors);
            return null;
        }

        /// <summary>
        /// A row derived from a service (a matrix row, a legal finding, a disclosure result) stands
        /// for its service, and a run of consecutive rows of one service for it once: the nine
        /// layers of a matrix make one service, not nine. Null for a repeat.
        /// </summary>
        private CloudService? OncePerRun(CloudService service)
        {
            var previous = lastRowService;
            lastRowService = service;
            if (previous is not null && (ReferenceEquals(previous, service) || string.Equals(previous.ServiceName, service.ServiceName, StringComparison.Ordinal))) return null;
            return service;
        }

        /// <summary>Whether a piped object is a single value rather than a record with properties.</summary>
        internal static bool IsBareValue(object value) =>
            value is string || value is decimal || value is DateTime || value is DateTimeOffset || value is Enum || value.GetType().IsPrimitive;

        /// <summary>The record with the service's name before its message, when asked for and the object names one.</summary>
        private ErrorRecord Named(ErrorRecord record)
        {
            if (!nameServiceInErrors) return record;
            var names = cells.Names;
            for (var i = 0; i < names.Count; i++)
            {
                if (!InventoryColumnNames.TryGetColumn(names[i], out var column) || column != InventoryColumn.ServiceName) continue;
                var name = cells.Values[i];
                if (string.IsNullOrWhiteSpace(name)) break;
                record.ErrorDetails = new ErrorDetails(Messages.Format(language, MessageKey.ErrorOfService, name!.Trim(), record.ErrorDetails?.Message ?? record.Exception.Message));
                break;
            }
            return record;
        }

        private ServiceRecordBuilder BuilderFor()
        {
            if (builder is not null && cells.HasNames(builder.Headers)) return builder;
            builder = new ServiceRecordBuilder(cells.Names, file: null, headerRow: null, language: language);
            return builder;
        }
    }
}
