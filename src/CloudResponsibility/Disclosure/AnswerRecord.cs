using System;
using System.Collections.Generic;
using CloudResponsibility.Inventory;
using CloudResponsibility.Model;

namespace CloudResponsibility.Disclosure
{
    /// <summary>
    /// One row of a filled questionnaire, read: the service, the line answered and the answer, with
    /// values normalised (the answer and the service model parsed, the date read, the ID in upper
    /// case) and the row's other columns kept. What <see cref="AnswerRecordBuilder"/> makes of a row,
    /// whatever it came from (a CSV file, an Import-Csv object, a workbook). A cell that cannot be
    /// read still makes a record, its text kept: an Answer that is no accepted answer (free text such
    /// as a company name) in <see cref="AnswerText"/>, a ValidUntil that is no date in
    /// <see cref="ValidUntilText"/>. The vendor answered the line, and that must not read as no
    /// answer. A row of a file is placed by its <see cref="File"/> and <see cref="Row"/>; an object
    /// piped in, by its <see cref="InputPosition"/> alone. Immutable.
    /// </summary>
    public sealed class AnswerRecord
    {
        /// <summary>Creates a record. <paramref name="serviceName"/> and <paramref name="itemId"/> are required.</summary>
        public AnswerRecord(string serviceName, string itemId, VendorAnswer? answer, string? vendor = null, ServiceModel? serviceModel = null,
            string? evidence = null, string? certificationName = null, DateTime? validUntil = null, string? comment = null,
            IReadOnlyList<KeyValuePair<string, string>>? additionalColumns = null, string? file = null, long? row = null, long? line = null,
            string? answerText = null, string? answerHeader = null, string? validUntilText = null, string? validUntilHeader = null, long? inputPosition = null)
        {
            if (string.IsNullOrWhiteSpace(serviceName)) throw new ArgumentException("An answer needs a service name.", nameof(serviceName));
            if (string.IsNullOrWhiteSpace(itemId)) throw new ArgumentException("An answer needs an item ID.", nameof(itemId));
            if (answer is not null && answerText is not null) throw new ArgumentException("An answer that was read has no unreadable text.", nameof(answerText));
            if (validUntil is not null && !string.IsNullOrWhiteSpace(validUntilText)) throw new ArgumentException("A validity that was read has no unreadable text.", nameof(validUntilText));
            if (inputPosition is long position && (position < 1 || row is not null || line is not null))
                throw new ArgumentException("An object piped in is placed by its position (from 1), not by a file's row.", nameof(inputPosition));
            ServiceName = serviceName;
            ItemId = itemId;
            Answer = answer;
            Vendor = vendor;
            ServiceModel = serviceModel;
            Evidence = evidence;
            CertificationName = certificationName;
            ValidUntil = validUntil;
            Comment = comment;
            AdditionalColumns = additionalColumns;
            File = file;
            Row = row;
            Line = line;
            AnswerText = string.IsNullOrWhiteSpace(answerText) ? null : answerText!.Trim();
            AnswerHeader = answerHeader;
            ValidUntilText = string.IsNullOrWhiteSpace(validUntilText) ? null : validUntilText!.Trim();
            ValidUntilHeader = validUntilHeader;
            InputPosition = inputPosition;
        }

        /// <summary>The service, trimmed.</summary>
        public string ServiceName { get; }

        /// <summary>The line answered, trimmed, NFKC-normalised and in upper case.</summary>
        public string ItemId { get; }

        /// <summary>The answer; null for an empty cell, or for one that holds no accepted answer (<see cref="AnswerText"/>).</summary>
        public VendorAnswer? Answer { get; }

        /// <summary>The Answer cell as written, trimmed, when it holds no accepted answer; null when the answer was read or the cell is empty.</summary>
        public string? AnswerText { get; }

        /// <summary>The header of the Answer column as written, to name it in messages; null when not known.</summary>
        public string? AnswerHeader { get; }

        /// <summary>The vendor; null for an empty cell.</summary>
        public string? Vendor { get; }

        /// <summary>The service model; null for an empty cell.</summary>
        public ServiceModel? ServiceModel { get; }

        /// <summary>The evidence, trimmed; null for an empty cell.</summary>
        public string? Evidence { get; }

        /// <summary>The certification cell, trimmed; null when empty.</summary>
        public string? CertificationName { get; }

        /// <summary>The validity; null for an empty cell, or for one that holds no date (<see cref="ValidUntilText"/>).</summary>
        public DateTime? ValidUntil { get; }

        /// <summary>The ValidUntil cell as written, trimmed, when it holds no date; null when the date was read or the cell is empty.</summary>
        public string? ValidUntilText { get; }

        /// <summary>The header of the ValidUntil column as written, to name it in messages; null when not known.</summary>
        public string? ValidUntilHeader { get; }

        /// <summary>The comment, trimmed; null for an empty cell.</summary>
        public string? Comment { get; }

        /// <summary>The row's other columns, in file order; null when there are none.</summary>
        public IReadOnlyList<KeyValuePair<string, string>>? AdditionalColumns { get; }

        /// <summary>The file, as named when opened; null for a row from elsewhere.</summary>
        public string? File { get; }

        /// <summary>The row of the file, as a spreadsheet numbers it; null for an object piped in, which is no file's row.</summary>
        public long? Row { get; }

        /// <summary>The physical line where the row starts.</summary>
        public long? Line { get; }

        /// <summary>
        /// For an object piped in (an Import-Csv row) rather than a file's row: its position among the
        /// objects, the first being 1. Import-Csv drops blank lines and joins a cell's lines, so the
        /// file's row would be a guess: <see cref="Row"/> is then null.
        /// </summary>
        public long? InputPosition { get; }

        /// <summary>Where the answer is, for messages: the file's row, or the object's position.</summary>
        internal RowLocation Location => InputPosition is long position ? RowLocation.OfInputObject(position) : new RowLocation(File, Row, Line);

        /// <inheritdoc />
        public override string ToString() => $"{ServiceName}/{ItemId}: {(AnswerText is null ? Answer?.ToString() : "'" + AnswerText + "'")}";
    }
}
