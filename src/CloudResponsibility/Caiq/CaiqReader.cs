using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;
using CloudResponsibility.Parsing;
using CloudResponsibility.Xlsx;

namespace CloudResponsibility.Caiq
{
    /// <summary>
    /// Reads a vendor's filled CSA CAIQ v4 — the workbook as CSA ships it, or its questions sheet
    /// saved as CSV — into one <see cref="CaiqAnswer"/> per question, streaming. The header is the
    /// first row whose first cell is "Question ID" (CSA's title rows above it are passed over, and
    /// counted); its columns are found by name. Each row after it yields an answer or every error of
    /// its cells; rows with nothing in them are skipped and counted; a file without the header, or
    /// whose header lacks a required column, yields one error for it. Not thread-safe.
    /// </summary>
    public sealed class CaiqReader : IDisposable
    {
        private readonly ICaiqRows rows;
        private readonly string file;
        private readonly string serviceName;
        private readonly ServiceModel? serviceModel;
        private readonly Language language;
        private readonly Dictionary<string, RowLocation> seen = new Dictionary<string, RowLocation>(StringComparer.Ordinal);
        private readonly List<InventoryError> rowErrors = new List<InventoryError>();
        private CaiqHeader? header;
        private long previousRow;
        private bool ended;

        private CaiqReader(ICaiqRows rows, string file, string serviceName, ServiceModel? serviceModel, Language language)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("A CAIQ is read for a service: its name is required.", nameof(serviceName));
            this.rows = rows;
            this.file = file;
            this.serviceName = serviceName.Trim();
            this.serviceModel = serviceModel;
            this.language = language;
        }

        /// <summary>The service a file answers for when none is given: the file's name without its extension.</summary>
        public static string DefaultServiceName(string path) => Path.GetFileNameWithoutExtension(path);

        /// <summary>
        /// Opens a file: an .xlsx workbook (by its extension or first bytes) or CSV. The file is shared
        /// for reading and writing, so that a file open in Excel can be read.
        /// </summary>
        /// <param name="path">The file.</param>
        /// <param name="serviceName">The service the vendor answered for; the file's name without its extension when null.</param>
        /// <param name="serviceModel">The service's model, when known; carried on each answer.</param>
        /// <param name="options">Encoding, delimiter, worksheet (the first "CAIQv…" sheet when null) and the messages' language.</param>
        public static CaiqReader Open(string path, string? serviceName = null, ServiceModel? serviceModel = null, TableReaderOptions? options = null)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            options ??= TableReaderOptions.Default;
            options.Validate();
            var name = string.IsNullOrWhiteSpace(serviceName) ? DefaultServiceName(path) : serviceName!;
            if (IsWorkbook(path)) return new CaiqReader(new CaiqWorkbookRows(path, options), path, name, serviceModel, options.Language);
            return new CaiqReader(CaiqCsvRows.Open(path, options), path, name, serviceModel, options.Language);
        }

        /// <summary>Reads CSV from a stream's current position; <paramref name="displayName"/> names it in errors.</summary>
        public static CaiqReader Open(Stream stream, string displayName, string serviceName, ServiceModel? serviceModel = null, TableReaderOptions? options = null, bool leaveOpen = false)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            if (displayName is null) throw new ArgumentNullException(nameof(displayName));
            options ??= TableReaderOptions.Default;
            options.Validate();
            return new CaiqReader(new CaiqCsvRows(stream, displayName, options, leaveOpen), displayName, serviceName, serviceModel, options.Language);
        }

        /// <summary>The file, as named when opened.</summary>
        public string File => file;

        /// <summary>The service the answers are for.</summary>
        public string ServiceName => serviceName;

        /// <summary>The worksheet read, once open; null for CSV.</summary>
        public string? Sheet => rows.Sheet;

        /// <summary>The CSV file's encoding, known after the first <see cref="Read"/>; null for a workbook.</summary>
        public Encoding? Encoding => rows.Encoding;

        /// <summary>The row of the header, once found.</summary>
        public long? HeaderRow { get; private set; }

        /// <summary>What <see cref="Read"/> moved to.</summary>
        public CaiqReadResult Current { get; private set; }

        /// <summary>The answers read so far.</summary>
        public long Answers { get; private set; }

        /// <summary>The rows after the header so far that yielded errors instead of an answer.</summary>
        public long RowsWithErrors { get; private set; }

        /// <summary>The rows after the header skipped so far because every cell is empty.</summary>
        public long SkippedEmptyRows { get; private set; }

        /// <summary>The rows above the header: CSA's titles, and blank rows.</summary>
        public long TitleRows { get; private set; }

        /// <summary>Moves to the next answer or errors; false when the file has no more.</summary>
        public bool Read()
        {
            while (!ended)
            {
                if (!rows.Read())
                {
                    ended = true;
                    if (header is null) return Yield(null, new[] { CaiqErrors.NoCaiqHeader(language, new RowLocation(file, null, null), rows.Sheet) });
                    break;
                }
                if (rows.Error is { } error)
                {
                    // A workbook that cannot be opened, or a CSV line that cannot be parsed.
                    if (rows.Ended) ended = true;
                    if (header is not null && error.Row is not null) RowsWithErrors++;
                    return Yield(null, new[] { error });
                }
                CountLeftOutRows();
                if (header is null)
                {
                    if (!CaiqColumnNames.IsHeaderStart(FirstCell()))
                    {
                        TitleRows++;
                        continue;
                    }
                    header = new CaiqHeader(rows, language);
                    HeaderRow = rows.Location.Row;
                    if (header.Errors.Count == 0) continue;
                    ended = true;
                    return Yield(null, header.Errors);
                }
                if (IsBlank())
                {
                    SkippedEmptyRows++;
                    continue;
                }
                var answer = Build();
                if (answer is null)
                {
                    RowsWithErrors++;
                    return Yield(null, rowErrors.ToArray());
                }
                Answers++;
                return Yield(answer, null);
            }
            Current = default;
            return false;
        }

        /// <summary>The remaining answers and errors, read as they are enumerated.</summary>
        public IEnumerable<CaiqReadResult> ReadAll()
        {
            while (Read()) yield return Current;
        }

        /// <inheritdoc />
        public void Dispose() => rows.Dispose();

        private bool Yield(CaiqAnswer? answer, IReadOnlyList<InventoryError>? errors)
        {
            Current = new CaiqReadResult(answer, errors);
            return true;
        }

        /// <summary>Rows a workbook left out, being empty, count as a CSV file's blank lines do: above the header as title rows, below it as empty rows.</summary>
        private void CountLeftOutRows()
        {
            if (rows.Location.Row is not long row) return;
            var gap = row - previousRow - 1;
            previousRow = row;
            if (gap <= 0) return;
            if (header is null) TitleRows += gap;
            else SkippedEmptyRows += gap;
        }

        /// <summary>The row's first cell with something in it: CSA's header starts in column A, a copied sheet may not.</summary>
        private string? FirstCell()
        {
            for (var i = 0; i < rows.Width; i++)
                if (!TextNormalizer.IsBlank(rows.Cell(i))) return rows.Cell(i);
            return null;
        }

        private bool IsBlank()
        {
            for (var i = 0; i < rows.Width; i++)
                if (!TextNormalizer.IsBlank(rows.Cell(i))) return false;
            return true;
        }

        /// <summary>The row's answer; null when it has errors, which are then in <see cref="rowErrors"/>.</summary>
        private CaiqAnswer? Build()
        {
            rowErrors.Clear();
            var at = rows.Location;
            var sheet = rows.Sheet;
            var h = header!;

            string? questionId = null;
            var idCell = h.Cell(rows, CaiqColumn.QuestionId);
            if (TextNormalizer.IsBlank(idCell))
                rowErrors.Add(CaiqErrors.MissingRequiredValue(language, at, sheet, h.HeaderOf(CaiqColumn.QuestionId), h.IndexOf(CaiqColumn.QuestionId)));
            else if (!CaiqQuestionId.TryParse(idCell!, out var id))
                rowErrors.Add(CaiqErrors.MalformedQuestionId(language, at, sheet, h.HeaderOf(CaiqColumn.QuestionId), h.IndexOf(CaiqColumn.QuestionId), idCell!.Trim()));
            else questionId = id;

            var answerCell = h.Cell(rows, CaiqColumn.Answer);
            if (!CaiqAnswerParser.TryParse(answerCell, out var answer))
                rowErrors.Add(CaiqErrors.UnknownCaiqAnswer(language, at, sheet, h.HeaderOf(CaiqColumn.Answer), h.IndexOf(CaiqColumn.Answer), answerCell!.Trim()));

            var ownershipCell = h.Cell(rows, CaiqColumn.Ownership);
            if (!CaiqOwnershipParser.TryParse(ownershipCell, out var ownership))
                rowErrors.Add(CaiqErrors.UnknownCaiqOwnership(language, at, sheet, h.HeaderOf(CaiqColumn.Ownership), h.IndexOf(CaiqColumn.Ownership), ownershipCell!.Trim()));

            if (questionId is not null)
            {
                if (seen.TryGetValue(questionId, out var first))
                    rowErrors.Add(CaiqErrors.DuplicateQuestionId(language, at, sheet, h.HeaderOf(CaiqColumn.QuestionId), h.IndexOf(CaiqColumn.QuestionId), questionId, first));
                else if (rowErrors.Count == 0) seen.Add(questionId, at);
            }
            if (rowErrors.Count > 0) return null;

            return new CaiqAnswer(serviceName, questionId!, answer, ownership, serviceModel,
                CaiqText.Value(h.Cell(rows, CaiqColumn.Question)),
                CaiqText.Value(h.Cell(rows, CaiqColumn.ImplementationDescription)),
                CaiqText.Value(h.Cell(rows, CaiqColumn.CustomerResponsibilities)),
                file, sheet, at.Row);
        }

        private static bool IsWorkbook(string path)
        {
            if (XlsxWorkbook.HasWorkbookExtension(path)) return true;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 8);
            return XlsxWorkbook.StartsLikeWorkbook(stream);
        }
    }
}
