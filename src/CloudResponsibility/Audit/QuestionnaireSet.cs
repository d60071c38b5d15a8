using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CloudResponsibility.Caiq;
using CloudResponsibility.Disclosure;
using CloudResponsibility.Inventory;
using CloudResponsibility.Parsing;
using CloudResponsibility.Text;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Audit
{
    /// <summary>
    /// The filled questionnaires of an audit, read file by file and kept per service: when several
    /// files answer one service (last year's and this year's), the newest answered one counts —
    /// by the AnsweredOn (回答日) column, else the file's last write, then the file name. Rows a
    /// file cannot read are errors of the file that counts for their service, given once every file
    /// is read (<see cref="TakeErrors"/>); a superseded file's are told apart, since nothing judges
    /// those rows. A file that cannot be read at all (or whose header is no questionnaire's), or that
    /// has no answer row (empty, a header alone), is reported once, for the audit to make a finding
    /// and an error of it. Memory holds the counted rows. Not thread-safe.
    /// </summary>
    public sealed class QuestionnaireSet
    {
        private static readonly string[] AnsweredOnNames = { "AnsweredOn", "回答日", "回答日付" };
        private readonly Dictionary<string, ServiceQuestionnaire> services = new Dictionary<string, ServiceQuestionnaire>(StringComparer.Ordinal);
        private readonly HashSet<string> claimed = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<ServiceQuestionnaire> superseded = new List<ServiceQuestionnaire>();
        private readonly Dictionary<string, List<CaiqAnswer>> caiqs = new Dictionary<string, List<CaiqAnswer>>(StringComparer.Ordinal);
        private readonly TableReaderOptions options;

        /// <summary>Creates an empty set; files are read with <paramref name="options"/>.</summary>
        public QuestionnaireSet(TableReaderOptions? options = null)
        {
            this.options = options ?? TableReaderOptions.Default;
        }

        /// <summary>The services answered, whether or not an inventory claimed them yet.</summary>
        public int Services => services.Count;

        /// <summary>
        /// Reads a file: the errors of rows that name no service go to <paramref name="error"/>, those
        /// of a service's rows wait for <see cref="TakeErrors"/>; false, with the exception, when the
        /// file cannot be read at all (missing, locked, not a questionnaire: its header has errors),
        /// or has no answer row (a <see cref="QuestionnaireEmptyException"/>).
        /// </summary>
        public bool Add(string path, Action<InventoryError> error, out Exception? unreadable, out long records)
        {
            unreadable = null;
            records = 0;
            if (IsCaiqWorkbook(path)) return AddCaiq(path, error, out unreadable, out records);
            var perFile = new Dictionary<string, ServiceQuestionnaire>(StringComparer.Ordinal);
            var rowErrors = false;
            try
            {
                var written = System.IO.File.GetLastWriteTime(path).Date;
                using var reader = QuestionnaireReader.Open(path, options);
                while (reader.Read())
                {
                    var current = reader.Current;
                    if (current.Record is not AnswerRecord record)
                    {
                        // A header that names no ServiceName, ItemId or Answer column: not a questionnaire, reported once as unreadable.
                        if (reader.Builder is null || reader.Builder.HeaderErrors.Count > 0)
                            unreadable ??= new InvalidDataException(FileProblems.Describe(current.Errors, options.Language));
                        else
                            foreach (var problem in current.Errors)
                            {
                                rowErrors = true;
                                error(problem);
                            }
                        continue;
                    }
                    // Cells that cannot be read (an Answer, a ValidUntil, a ServiceModel): the record is judged as answered,
                    // and its errors are the service's, told if this file turns out the one that counts.
                    records++;
                    var key = FindingFingerprint.ServiceKey(record.ServiceName);
                    if (!perFile.TryGetValue(key, out var questionnaire))
                        perFile[key] = questionnaire = new ServiceQuestionnaire(record.ServiceName, path, written, answeredOnFromFile: true);
                    questionnaire.Records.Add(record);
                    questionnaire.Errors.AddRange(current.Errors);
                    if (AnsweredOn(record) is DateTime date && (questionnaire.AnsweredOnFromFile || date > questionnaire.AnsweredOn))
                    {
                        questionnaire.AnsweredOn = date;
                        questionnaire.AnsweredOnFromFile = false;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                unreadable = exception;
                return false;
            }
            if (unreadable is null && records == 0 && !rowErrors)
                unreadable = new QuestionnaireEmptyException(Localization.Messages.Format(options.Language, Localization.MessageKey.QuestionnaireHasNoAnswer));
            if (unreadable is not null) return false;
            foreach (var pair in perFile)
            {
                if (services.TryGetValue(pair.Key, out var earlier))
                {
                    var loser = IsNewer(pair.Value, earlier) ? earlier : pair.Value;
                    if (loser.Errors.Count > 0) superseded.Add(loser.Superseded());
                    if (loser == pair.Value) continue;
                }
                services[pair.Key] = pair.Value;
            }
            return true;
        }

        /// <summary>
        /// The row errors held back while reading (<see cref="Add"/>): those of the files that count
        /// to <paramref name="counted"/>, by file and row; those of files a newer one superseded for
        /// their service to <paramref name="superseded"/>, with the questionnaire that counts instead.
        /// Each error is given once.
        /// </summary>
        public void TakeErrors(Action<InventoryError> counted, Action<InventoryError, ServiceQuestionnaire> superseded)
        {
            foreach (var old in this.superseded)
            {
                var key = FindingFingerprint.ServiceKey(old.ServiceName);
                foreach (var problem in old.Errors) superseded(problem, services[key]);
            }
            this.superseded.Clear();
            foreach (var questionnaire in services.Values.OrderBy(q => q.File, StringComparer.Ordinal))
            {
                foreach (var problem in questionnaire.Errors) counted(problem);
                questionnaire.Errors.Clear();
            }
        }

        /// <summary>
        /// Whether a file in a questionnaire folder is one the audit reads: a CSV, a .tsv, or a
        /// workbook (a questionnaire saved from Excel, or a vendor's CAIQ). Excel's lock files
        /// (<c>~$…</c>) are not: they hold no answer.
        /// </summary>
        public static bool IsQuestionnaireFile(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            var name = Path.GetFileName(path);
            if (name.StartsWith("~$", StringComparison.Ordinal)) return false;
            var extension = Path.GetExtension(name);
            return string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".tsv", StringComparison.OrdinalIgnoreCase)
                || XlsxWorkbook.HasWorkbookExtension(name);
        }

        /// <summary>
        /// Whether a file is a vendor's CSA CAIQ: a workbook with a sheet whose name starts with
        /// <c>CAIQv</c>. Its service is the file's base name (<see cref="CaiqReader.DefaultServiceName"/>).
        /// </summary>
        public static bool IsCaiqWorkbook(string path)
        {
            if (!XlsxWorkbook.HasWorkbookExtension(path) || !System.IO.File.Exists(path)) return false;
            try
            {
                using var workbook = XlsxWorkbook.Open(path);
                return CaiqWorkbookRows.FindSheet(workbook.SheetNames) is not null;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is WorkbookException || exception is InvalidDataException)
            {
                return false;
            }
        }

        /// <summary>The CAIQ answers of a service, whose ownership claims the audit reconciles with the matrix; null when no CAIQ answers it.</summary>
        public IReadOnlyList<CaiqAnswer>? TakeCaiq(string serviceName) => TakeCaiqByKey(FindingFingerprint.ServiceKey(serviceName));

        /// <summary><see cref="TakeCaiq"/> for a service's key (<see cref="FindingFingerprint.ServiceKey"/>), which the audit makes once per service.</summary>
        internal IReadOnlyList<CaiqAnswer>? TakeCaiqByKey(string key)
        {
            if (!caiqs.TryGetValue(key, out var answers)) return null;
            claimed.Add(key);
            return answers;
        }

        private bool AddCaiq(string path, Action<InventoryError> error, out Exception? unreadable, out long records)
        {
            unreadable = null;
            records = 0;
            try
            {
                using var reader = CaiqReader.Open(path, null, null, options);
                var answers = new List<CaiqAnswer>();
                foreach (var result in reader.ReadAll())
                {
                    if (result.Answer is CaiqAnswer answer) answers.Add(answer);
                    foreach (var problem in result.Errors) error(problem);
                }
                records = answers.Count;
                if (answers.Count == 0)
                {
                    unreadable = new QuestionnaireEmptyException(Localization.Messages.Format(options.Language, Localization.MessageKey.QuestionnaireHasNoAnswer));
                    return false;
                }
                caiqs[FindingFingerprint.ServiceKey(reader.ServiceName)] = answers;
                return true;
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                unreadable = exception;
                return false;
            }
        }

        /// <summary>The questionnaire of a service, marked as claimed; null when no file answers it.</summary>
        public ServiceQuestionnaire? Take(string serviceName) => TakeByKey(FindingFingerprint.ServiceKey(serviceName));

        /// <summary><see cref="Take"/> for a service's key (<see cref="FindingFingerprint.ServiceKey"/>), which the audit makes once per service.</summary>
        internal ServiceQuestionnaire? TakeByKey(string key)
        {
            if (!services.TryGetValue(key, out var questionnaire)) return null;
            claimed.Add(key);
            return questionnaire;
        }

        /// <summary>
        /// Marks a service of the inventory as present, whether or not the audit asks for its
        /// answers, so that its questionnaire and CAIQ are not reported as answering a service the
        /// inventory lacks. Only keys that a file answers are kept: memory stays bounded by the files.
        /// </summary>
        internal void ClaimByKey(string key)
        {
            if (services.ContainsKey(key) || caiqs.ContainsKey(key)) claimed.Add(key);
        }

        /// <summary>The questionnaires no service claimed: services the inventory does not have.</summary>
        public IEnumerable<ServiceQuestionnaire> Unclaimed()
        {
            foreach (var pair in services)
                if (!claimed.Contains(pair.Key)) yield return pair.Value;
        }

        /// <summary>The CAIQs no service claimed, each as its file and the service it names: services the inventory does not have.</summary>
        public IEnumerable<(string File, string ServiceName)> UnclaimedCaiqs()
        {
            foreach (var pair in caiqs)
                if (!claimed.Contains(pair.Key)) yield return (pair.Value[0].File ?? string.Empty, pair.Value[0].ServiceName);
        }

        private static bool IsNewer(ServiceQuestionnaire candidate, ServiceQuestionnaire earlier) =>
            candidate.AnsweredOn != earlier.AnsweredOn ? candidate.AnsweredOn > earlier.AnsweredOn : string.CompareOrdinal(candidate.File, earlier.File) > 0;

        private static DateTime? AnsweredOn(AnswerRecord record)
        {
            if (record.AdditionalColumns is not { Count: > 0 } columns) return null;
            foreach (var column in columns)
                foreach (var name in AnsweredOnNames)
                    if (string.Equals(TextNormalizer.ToKey(column.Key), name, StringComparison.OrdinalIgnoreCase))
                        return DateParser.TryParse(column.Value, out var date) ? date : null;
            return null;
        }
    }
}
