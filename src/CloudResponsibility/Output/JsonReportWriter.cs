using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Writes a report as a JSON array of flat objects, streaming: one object per row, lists as
    /// arrays, numbers and booleans typed, Japanese text as is (not \u-escaped) in UTF-8.
    /// </summary>
    public sealed class JsonReportWriter : IReportWriter
    {
        private readonly AtomicFile file;
        private readonly Utf8JsonWriter json;
        private IReadOnlyList<string> columns = Array.Empty<string>();
        private object?[] cells = Array.Empty<object?>();
        private bool started;

        /// <summary>Opens a writer for <paramref name="file"/>.</summary>
        public JsonReportWriter(AtomicFile file)
        {
            this.file = file;
            json = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        /// <inheritdoc />
        public void WriteHeader(IReadOnlyList<string> columns)
        {
            this.columns = columns;
            Start();
        }

        /// <inheritdoc />
        public void WriteRow(IReadOnlyList<object?> values)
        {
            Start();
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                json.WritePropertyName(columns[i]);
                WriteValue(i < values.Count ? values[i] : null);
            }
            json.WriteEndObject();
            // Keep memory flat on long reports: hand the buffer to the file every so often.
            if (json.BytesPending > 1 << 16) json.Flush();
        }

        /// <inheritdoc />
        public void WriteRow(object instance, ObjectColumns columns)
        {
            columns.ReadInto(instance, ref cells);
            WriteRow(cells);
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
                case double number: json.WriteNumberValue(number); break;
                case decimal number: json.WriteNumberValue(number); break;
                case Enum enumValue: json.WriteStringValue(enumValue.ToString()); break;
                case IEnumerable sequence when !(value is string):
                    json.WriteStartArray();
                    foreach (var item in sequence) WriteValue(item is null ? null : ReportValue.Format(item));
                    json.WriteEndArray();
                    break;
                default: json.WriteStringValue(ReportValue.Format(value)); break;
            }
        }

        /// <inheritdoc />
        public void Commit()
        {
            Start();
            json.WriteEndArray();
            json.Dispose();
            file.Commit();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            json.Dispose();
            file.Dispose();
        }
    }
}
