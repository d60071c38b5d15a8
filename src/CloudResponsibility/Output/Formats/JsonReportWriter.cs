using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudResponsibility.Output.Formats
{
    /// <summary>
    /// Writes a report as a JSON array of flat objects, streaming: one object per row, lists as
    /// arrays, numbers and booleans typed, enum members by name, Japanese text as is (not
    /// \u-escaped) in UTF-8.
    /// </summary>
    public sealed class JsonReportWriter : ReportWriter
    {
        private readonly Utf8JsonWriter json;
        private IReadOnlyList<string> columns = Array.Empty<string>();
        private int cell;
        private bool started;

        /// <summary>Opens a writer over <paramref name="stream"/>.</summary>
        public JsonReportWriter(Stream stream)
        {
            if (stream is null) throw new ArgumentNullException(nameof(stream));
            json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        /// <inheritdoc />
        public override void WriteHeader(IReadOnlyList<string> columns)
        {
            this.columns = columns;
            Start();
        }

        /// <inheritdoc />
        public override void StartRow()
        {
            Start();
            json.WriteStartObject();
            cell = 0;
        }

        /// <inheritdoc />
        public override void Cell(object? value)
        {
            if (NextColumn()) WriteValue(value);
        }

        /// <inheritdoc />
        public override void Text(string? text)
        {
            if (!NextColumn()) return;
            if (text is null) json.WriteNullValue();
            else json.WriteStringValue(text);
        }

        /// <inheritdoc />
        public override void Boolean(bool value)
        {
            if (NextColumn()) json.WriteBooleanValue(value);
        }

        /// <inheritdoc />
        public override void Integer(int value)
        {
            if (NextColumn()) json.WriteNumberValue(value);
        }

        /// <inheritdoc />
        public override void EndRow()
        {
            while (cell < columns.Count) Cell(null);
            json.WriteEndObject();
            // Keeps memory flat on long reports: the buffer goes to the stream every so often.
            if (json.BytesPending > 1 << 16) json.Flush();
        }

        /// <inheritdoc />
        public override void Finish()
        {
            Start();
            json.WriteEndArray();
            json.Flush();
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing) json.Dispose();
        }

        /// <summary>Names the next cell's property; false past the last column.</summary>
        private bool NextColumn()
        {
            if (cell >= columns.Count) return false;
            json.WritePropertyName(columns[cell++]);
            return true;
        }

        private void Start()
        {
            if (started) return;
            json.WriteStartArray();
            started = true;
        }

        private void WriteValue(object? value)
        {
            switch (value)
            {
                case null: json.WriteNullValue(); break;
                case string text: json.WriteStringValue(text); break;
                case bool flag: json.WriteBooleanValue(flag); break;
                case int number: json.WriteNumberValue(number); break;
                case long number: json.WriteNumberValue(number); break;
                // JSON has no number for ±Infinity or NaN: they are written as the text .NET gives them, not an aborted report.
                case double number when double.IsNaN(number) || double.IsInfinity(number): json.WriteStringValue(number.ToString(CultureInfo.InvariantCulture)); break;
                case double number: json.WriteNumberValue(number); break;
                case decimal number: json.WriteNumberValue(number); break;
                case IEnumerable sequence:
                    json.WriteStartArray();
                    foreach (var item in sequence) WriteValue(item is null ? null : ReportValue.Format(item));
                    json.WriteEndArray();
                    break;
                default: json.WriteStringValue(ReportValue.Format(value)); break;
            }
        }
    }
}
