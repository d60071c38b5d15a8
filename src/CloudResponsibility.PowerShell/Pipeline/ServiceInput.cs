using System;
using System.Collections.Generic;
using System.Management.Automation;
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
    /// Japanese). A bad object becomes error records naming its position, column and value.
    /// </summary>
    internal sealed class ServiceInput
    {
        private readonly PSCmdlet cmdlet;
        private readonly Language language;
        private ServiceRecordBuilder? builder;
        private long position;

        public ServiceInput(PSCmdlet cmdlet, Language language)
        {
            this.cmdlet = cmdlet;
            this.language = language;
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
                    return service;
                case ServiceResponsibility row:
                    return row.Service;
                case ServiceLegalFinding finding:
                    return finding.Service;
            }
            var names = new List<string?>();
            var values = new List<string?>();
            foreach (var property in input.Properties)
            {
                if (!property.IsGettable) continue;
                names.Add(property.Name);
                values.Add(Text(property));
            }
            if (ServiceRecordBuilder.IsBlankRow(values))
            {
                cmdlet.WriteVerbose(Messages.Format(language, MessageKey.EmptyInputSkipped, position));
                return null;
            }
            var current = BuilderFor(names);
            if (current.HeaderErrors.Count > 0)
            {
                foreach (var error in current.HeaderErrors) cmdlet.WriteError(ErrorRecords.Inventory(error, input));
                return null;
            }
            // Row numbers as a spreadsheet shows them for Import-Csv input: the header is row 1.
            var result = current.Build(values, position + 1);
            if (result.Service is not null) return result.Service;
            foreach (var error in result.Errors) cmdlet.WriteError(ErrorRecords.Inventory(error, input));
            return null;
        }

        private ServiceRecordBuilder BuilderFor(List<string?> names)
        {
            if (builder is not null && SameNames(builder.Headers, names)) return builder;
            builder = new ServiceRecordBuilder(names, file: null, headerRow: null, language: language);
            return builder;
        }

        private static bool SameNames(IReadOnlyList<string> headers, List<string?> names)
        {
            if (headers.Count != names.Count) return false;
            for (var i = 0; i < names.Count; i++)
                if (!string.Equals(headers[i], names[i], StringComparison.Ordinal)) return false;
            return true;
        }

        private static string? Text(PSPropertyInfo property)
        {
            object? value;
            try
            {
                value = property.Value;
            }
            catch (GetValueException)
            {
                return null;
            }
            if (value is PSObject wrapped) value = wrapped.BaseObject;
            return value switch
            {
                null => null,
                string text => text,
                bool flag => flag ? "true" : "false",
                _ => LanguagePrimitives.ConvertTo<string>(value),
            };
        }
    }
}
