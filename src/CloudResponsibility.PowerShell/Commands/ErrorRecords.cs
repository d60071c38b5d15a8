using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CloudResponsibility.Catalog;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Output;
using CloudResponsibility.PowerShell.Localization;
using CloudResponsibility.Text;

namespace CloudResponsibility.PowerShell.Commands
{
    /// <summary>
    /// One factory per error the cmdlets report, named after its error ID: the ID is stable and
    /// never localised (scripts and tests match on it), the category fits, the offending object is
    /// the target, and the message, in the call's language, comes from <see cref="Messages"/>.
    /// </summary>
    internal static class ErrorRecords
    {
        /// <summary>An ID that matches no entry of a cmdlet's kind (<paramref name="kindKey"/> names the kind).</summary>
        public static ErrorRecord UnknownId(Language language, string kindKey, string id, string command) =>
            Create(new ItemNotFoundException(Text(language, MessageKey.UnknownId, Text(language, kindKey), id, command)), nameof(UnknownId), ErrorCategory.ObjectNotFound, id);

        /// <summary>An ID piped in that matches no entry of the catalog.</summary>
        public static ErrorRecord UnknownId(Language language, string id) =>
            Create(new ItemNotFoundException(Text(language, MessageKey.UnknownCatalogId, id)), nameof(UnknownId), ErrorCategory.ObjectNotFound, id);

        public static ErrorRecord UnsupportedInput(Language language, object input) =>
            Create(new ArgumentException(Text(language, MessageKey.UnsupportedInput, input)), nameof(UnsupportedInput), ErrorCategory.InvalidArgument, input);

        /// <summary>A piped value that is not a record — a number, a flag, a string — where records are read; the value is the target.</summary>
        public static ErrorRecord NotARecord(Language language, object input) =>
            Create(new ArgumentException(Text(language, MessageKey.NotARecord, input, input.GetType().Name)), nameof(NotARecord), ErrorCategory.InvalidType, input);

        /// <summary>The shipped catalog failed its validation; the message lists the problems as the validator words them.</summary>
        public static ErrorRecord CatalogInvalid(Language language, CatalogValidationException exception) =>
            Create(exception, nameof(CatalogInvalid), ErrorCategory.InvalidData, null, Text(language, MessageKey.CatalogInvalid, exception.Message));

        public static ErrorRecord InvalidLanguagePreference(Language language, string? value) =>
            Create(new ArgumentException(Text(language, MessageKey.InvalidLanguagePreference, LanguageSelection.PreferenceVariable, value)), nameof(InvalidLanguagePreference), ErrorCategory.InvalidArgument, value);

        /// <summary>A -HomeCountry that names no country, or names the EU (<paramref name="isUnion"/>); the text is the target.</summary>
        public static ErrorRecord InvalidHomeCountry(Language language, string text, bool isUnion) =>
            Create(new ArgumentException(Text(language, isUnion ? MessageKey.HomeCountryIsUnion : MessageKey.InvalidHomeCountry, text)), nameof(InvalidHomeCountry), ErrorCategory.InvalidArgument, text);

        /// <summary>A parameter of days (-MaxAge) outside its range; the value is the target.</summary>
        public static ErrorRecord ParameterOutOfRange(Language language, string parameter, TimeSpan value, DaysRangeAttribute range)
        {
            var message = Text(language, MessageKey.DaysOutOfRange, parameter, Days(value.TotalDays), Days(range.Minimum), Days(range.Maximum));
            // The parameter is named in the message: the exception's own "(Parameter ...)" would follow it in English.
            return Create(new ArgumentOutOfRangeException(null, message), nameof(ParameterOutOfRange), ErrorCategory.InvalidArgument, value, message);
        }

        /// <summary>A path of a provider other than the file system (env:, function:, variable: …), as Export-Csv rejects it.</summary>
        public static ErrorRecord NotFileSystemPath(Language language, string path, string provider) =>
            Create(new ArgumentException(Text(language, MessageKey.NotFileSystemPath, path, provider)), nameof(NotFileSystemPath), ErrorCategory.InvalidArgument, path);

        /// <summary>A directory where a file is read.</summary>
        public static ErrorRecord PathIsDirectory(Language language, string path) =>
            Create(new UnauthorizedAccessException(Text(language, MessageKey.PathIsDirectory, path)), nameof(PathIsDirectory), ErrorCategory.InvalidArgument, path);

        public static ErrorRecord PathNotFound(Language language, string path) =>
            Create(new FileNotFoundException(Text(language, MessageKey.PathNotFound, path), path), nameof(PathNotFound), ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord ReadInventoryFailed(Language language, Exception exception, string file) =>
            Create(exception, nameof(ReadInventoryFailed), ErrorCategory.ReadError, file, Text(language, MessageKey.ReadInventoryFailed, file, exception.Message));

        public static ErrorRecord ReadCaiqFailed(Language language, Exception exception, string file) =>
            Create(exception, nameof(ReadCaiqFailed), ErrorCategory.ReadError, file, Text(language, MessageKey.ReadCaiqFailed, file, exception.Message));

        public static ErrorRecord ReadQuestionnaireFailed(Language language, Exception exception, string file) =>
            Create(exception, nameof(ReadQuestionnaireFailed), ErrorCategory.ReadError, file, Text(language, MessageKey.ReadQuestionnaireFailed, file, exception.Message));

        public static ErrorRecord ReadBaselineFailed(Language language, Exception exception, string file) =>
            Create(exception, nameof(ReadBaselineFailed), ErrorCategory.ReadError, file, Text(language, MessageKey.ReadBaselineFailed, file, exception.Message));

        /// <summary>
        /// An audit with no service to audit: an inventory file without a service row (the file is
        /// the target), or, with <paramref name="file"/> null, a pipeline that brought none. It stops
        /// the audit, so that the baseline's findings are not all reported Resolved.
        /// </summary>
        public static ErrorRecord InventoryEmpty(Language language, string? file) =>
            Create(new InvalidDataException(file is null ? Text(language, MessageKey.AuditNothingPiped) : Text(language, MessageKey.AuditInventoryEmpty, file)),
                nameof(InventoryEmpty), ErrorCategory.InvalidData, file);

        /// <summary>
        /// An inventory file without a service row, read for a report (<paramref name="report"/>): the
        /// report is not written, and one already there stays as it was; or, with no report, imported,
        /// and the other files are still read. The file is the target.
        /// </summary>
        public static ErrorRecord InventoryEmpty(Language language, string file, string? report) =>
            Create(new InvalidDataException(report is null ? Text(language, MessageKey.ImportInventoryEmpty, file) : Text(language, MessageKey.ReportInventoryEmpty, file, report)),
                nameof(InventoryEmpty), ErrorCategory.InvalidData, file);

        /// <summary>
        /// A questionnaire file read without error and without an answer row (empty, or a header
        /// alone; the file is the target), or, with <paramref name="file"/> null, a pipeline that
        /// brought no answer at all. Not terminating: the other files are still judged.
        /// </summary>
        public static ErrorRecord QuestionnaireEmpty(Language language, string? file) =>
            Create(new InvalidDataException(file is null ? Text(language, MessageKey.QuestionnaireNothingPiped) : Text(language, MessageKey.QuestionnaireEmpty, file)),
                nameof(QuestionnaireEmpty), ErrorCategory.InvalidData, file);

        /// <summary>
        /// An inventory file cut off in the middle of a row (<see cref="InventoryErrorId.TruncatedFile"/>,
        /// its ID kept): it stops the audit as an empty one does, so that the services in the rows
        /// never written are not reported gone. The reader's error, with its file, row and value, is the target.
        /// </summary>
        public static ErrorRecord TruncatedFile(Language language, InventoryError error) =>
            Create(new InvalidDataException(error.Message), error.ErrorId, ErrorCategory.InvalidData, error, Text(language, MessageKey.AuditInventoryTruncated, error.Message));

        /// <summary>
        /// A side of a comparison (<paramref name="parameter"/>, without the dash) that gives no answer
        /// at all: nothing is compared, rather than every line of the other side reported
        /// <paramref name="otherwise"/>. The paths are the target.
        /// </summary>
        public static ErrorRecord NothingToCompare(Language language, string parameter, string[] paths, string otherwise) =>
            Create(new InvalidDataException(Text(language, MessageKey.CompareNothingRead, parameter, string.Join(", ", paths), otherwise)), nameof(NothingToCompare), ErrorCategory.InvalidData, paths);

        /// <summary>Two parameters given together that exclude each other (their names, without the dash).</summary>
        public static ErrorRecord IncompatibleParameters(Language language, string first, string second) =>
            Create(new ArgumentException(Text(language, MessageKey.IncompatibleParameters, first, second)), nameof(IncompatibleParameters), ErrorCategory.InvalidArgument, first + "," + second);

        public static ErrorRecord UnknownEncoding(Language language, string? name, Exception exception) =>
            Create(exception, nameof(UnknownEncoding), ErrorCategory.InvalidArgument, name, Text(language, MessageKey.UnknownEncoding, name, string.Join(", ", EncodingNames.Common)));

        public static ErrorRecord InvalidDelimiter(Language language, char delimiter, Exception exception) =>
            Create(exception, nameof(InvalidDelimiter), ErrorCategory.InvalidArgument, delimiter, Text(language, MessageKey.InvalidDelimiter, ((int)delimiter).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

        public static ErrorRecord OverrideFileNotFound(Language language, string path) =>
            Create(new FileNotFoundException(Text(language, MessageKey.OverrideFileNotFound, path), path), nameof(OverrideFileNotFound), ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord UnknownReportFormat(Language language, string path) =>
            Create(new ArgumentException(Text(language, MessageKey.UnknownReportFormat, path, Output.Formats.ReportFormats.Names)), nameof(UnknownReportFormat), ErrorCategory.InvalidArgument, path);

        /// <summary>A file's format that its extension does not tell, among the formats the command writes (<paramref name="formats"/>).</summary>
        public static ErrorRecord UnknownReportFormat(Language language, string path, string formats) =>
            Create(new ArgumentException(Text(language, MessageKey.UnknownReportFormat, path, formats)), nameof(UnknownReportFormat), ErrorCategory.InvalidArgument, path);

        /// <summary>Several services for a file of a format that holds one service's model.</summary>
        public static ErrorRecord ThreatModelNeedsFolder(Language language, string path, string format, int services) =>
            Create(new ArgumentException(Text(language, MessageKey.ThreatModelNeedsFolder, path, format, services)), nameof(ThreatModelNeedsFolder), ErrorCategory.InvalidArgument, path);

        /// <summary>A file of a format that holds one service's model, and no service came.</summary>
        public static ErrorRecord ThreatModelNoService(Language language, string path) =>
            Create(new ArgumentException(Text(language, MessageKey.ThreatModelNoService)), nameof(ThreatModelNoService), ErrorCategory.InvalidArgument, path);

        /// <summary>A service whose threat model the catalog cannot build (a rule missing from an edited catalog); the service is the target.</summary>
        public static ErrorRecord ThreatModelBuildFailed(Language language, Exception exception, CloudService service) =>
            Create(exception, nameof(ThreatModelBuildFailed), ErrorCategory.InvalidData, service, Text(language, MessageKey.ThreatModelBuildFailed, service.ServiceName, exception.Message));

        public static ErrorRecord AppendNotSupported(Language language, string path) =>
            Create(new ArgumentException(Text(language, MessageKey.AppendNotSupported, path)), nameof(AppendNotSupported), ErrorCategory.InvalidArgument, path);

        public static ErrorRecord FileExists(Language language, string path) =>
            Create(new IOException(Text(language, MessageKey.FileExists, path)), nameof(FileExists), ErrorCategory.ResourceExists, path);

        public static ErrorRecord FileReadOnly(Language language, string path) =>
            Create(new UnauthorizedAccessException(Text(language, MessageKey.FileReadOnly, path)), nameof(FileReadOnly), ErrorCategory.PermissionDenied, path);

        public static ErrorRecord OpenReportFailed(Language language, Exception exception, string path) =>
            Create(exception, nameof(OpenReportFailed), ErrorCategory.WriteError, path, Text(language, MessageKey.OpenReportFailed, path, exception.Message));

        public static ErrorRecord WriteReportFailed(Language language, Exception exception, string path) =>
            Create(exception, nameof(WriteReportFailed), ErrorCategory.WriteError, path, Text(language, MessageKey.WriteReportFailed, path, exception.Message));

        /// <summary>
        /// A findings report (SARIF, JUnit, Markdown, HTML) given a row that is not a finding: not
        /// written, under the same ID, with what the row lacks; the report is the target.
        /// </summary>
        public static ErrorRecord WriteReportFailed(Language language, NotAFindingException exception, string path, ReportFormat format) =>
            Create(exception, nameof(WriteReportFailed), ErrorCategory.InvalidData, path, exception.Value is null
                ? Text(language, MessageKey.NotAFindingMissing, path, format, exception.Row, exception.Column, string.Join(", ", exception.Expected))
                : Text(language, MessageKey.NotAFindingValue, path, format, exception.Row, exception.Value, exception.Column, string.Join(", ", exception.Expected)));

        public static ErrorRecord AppendHeaderMismatch(Language language, ReportHeaderMismatchException exception, string path) =>
            Create(exception, nameof(AppendHeaderMismatch), ErrorCategory.InvalidData, path,
                Text(language, MessageKey.AppendHeaderMismatch, path, Quoted(exception.Existing), Quoted(exception.Incoming)));

        /// <summary>A file to append to with no line break within the bytes read to find its header; the file is the target.</summary>
        public static ErrorRecord AppendHeaderNotFound(Language language, ReportHeaderNotFoundException exception, string path) =>
            Create(exception, nameof(AppendHeaderNotFound), ErrorCategory.InvalidData, path, Text(language, MessageKey.AppendHeaderNotFound, path, exception.BytesRead));

        /// <summary>-Append with an -Encoding other than the file's own; the file is the target.</summary>
        public static ErrorRecord AppendEncodingMismatch(Language language, ReportEncodingMismatchException exception, string path) =>
            Create(exception, nameof(AppendEncodingMismatch), ErrorCategory.InvalidArgument, path,
                Text(language, MessageKey.AppendEncodingMismatch, path, exception.FileEncoding.WebName, exception.Chosen.WebName));

        /// <summary>Columns asked for (-Property) that the rows do not have; the names as target.</summary>
        public static ErrorRecord UnknownColumn(Language language, UnknownColumnException exception) =>
            Create(exception, nameof(UnknownColumn), ErrorCategory.InvalidArgument, exception.Unknown,
                Text(language, MessageKey.UnknownColumn, Quoted(exception.Unknown), string.Join(", ", exception.Available)));

        /// <summary>A column list that names a column twice, or an empty name.</summary>
        public static ErrorRecord InvalidColumnList(Language language, ArgumentException exception, string[] columns) =>
            Create(exception, nameof(InvalidColumnList), ErrorCategory.InvalidArgument, columns, Text(language, MessageKey.InvalidColumnList, Quoted(columns)));

        /// <summary>
        /// A problem of an inventory row, cell or header: its own stable ID; its message, in the reader's
        /// language, names the place. The target is the error itself (file, row or input position,
        /// column, value) unless <paramref name="target"/> names another.
        /// </summary>
        public static ErrorRecord Inventory(InventoryError error, object? target = null) =>
            Create(new InvalidDataException(error.Message), error.ErrorId, ErrorCategory.InvalidData, target ?? error);

        private static string Days(double days) => days.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

        private static ErrorRecord Create(Exception exception, string id, ErrorCategory category, object? target, string? message = null)
        {
            var record = new ErrorRecord(exception, id, category, target);
            // What PowerShell shows: the message in the call's language, whatever the exception's own.
            record.ErrorDetails = new ErrorDetails(message ?? exception.Message);
            return record;
        }

        private static string Text(Language language, string key, params object?[] args) => Messages.Format(language, key, args);

        private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => "'" + name + "'"));
    }
}
