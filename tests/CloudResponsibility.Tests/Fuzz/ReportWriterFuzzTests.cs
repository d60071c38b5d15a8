using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CloudResponsibility.Output;
using CloudResponsibility.Output.Formats;
using CsCheck;
using CsvHelper;
using Xunit;

namespace CloudResponsibility.Tests.Fuzz
{
    /// <summary>
    /// The report writers over generated tables — names and cells with separators, quotes, line
    /// breaks, formula starts, NUL and wide characters, numbers, booleans, nulls: nothing throws;
    /// read back, a CSV report has one record per row (no cell's line becomes a row) holding the
    /// cells as written (a protected formula with its apostrophe), header included; a JSON report
    /// is an array of one object per row. Cases: <see cref="FuzzCases"/>.
    /// </summary>
    public sealed class ReportWriterFuzzTests
    {
        private static readonly string[] Pieces =
        {
            "a", "Layer", "責任", ",", "\"", "\r\n", "\n", "\r", "Phantom,IaaS", "=cmd|' /C calc'!A0", "+", "-", "@", "\t", "\0", " ", "😀", "'",
        };

        private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Array[0, 6].Select(i => string.Concat(i.Select(p => Pieces[p])));

        private static readonly Gen<object?> Values = Gen.Frequency(
            (6, Texts.Select(t => (object?)t)),
            (1, Gen.Int.Select(n => (object?)n)),
            (1, Gen.Bool.Select(b => (object?)b)),
            (1, Gen.Const(0).Select(_ => (object?)null)));

        private static readonly Gen<(string[] Columns, object?[][] Rows, bool Protect)> Tables =
            Texts.Array[1, 5].SelectMany(names =>
            {
                // Distinct names, as a report's columns are.
                var columns = names.Select((n, i) => n + "#" + i).ToArray();
                return Gen.Select(Values.Array[columns.Length].Array[0, 8], Gen.Bool, (rows, protect) => (columns, rows, protect));
            });

        [Fact]
        public void Csv_GeneratedTables_ReadBackAsTheSameRowsAndCells()
        {
            Tables.Sample(table =>
            {
                var bytes = Write(new ReportOptions { FormulaProtection = table.Protect, Encoding = new UTF8Encoding(false) }, ReportFormat.Csv, table.Columns, table.Rows);
                var records = ReadCsv(bytes);
                Assert.Equal(table.Rows.Length + 1, records.Count);
                Assert.Equal(table.Columns.Select(c => Expected(c, table.Protect)), records[0]);
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    Assert.True(table.Columns.Length == records[r + 1].Length, Encoding.UTF8.GetString(bytes).Replace("\r", "<CR>").Replace("\n", "<LF>").Replace("\t", "<TAB>"));
                    for (var c = 0; c < table.Columns.Length; c++)
                    {
                        if (!(table.Rows[r][c] is string text)) continue;
                        Assert.Equal(Expected(text, table.Protect), records[r + 1][c]);
                        // What the module's readers make of the cell: the text written, whatever it is.
                        if (table.Protect) Assert.Equal(text, FormulaProtection.Unprotect(records[r + 1][c]));
                    }
                }
            }, iter: FuzzCases.Count(400));
        }

        [Fact]
        public void Json_GeneratedTables_AreAnArrayOfOneObjectPerRow()
        {
            Tables.Sample(table =>
            {
                var bytes = Write(ReportOptions.Default, ReportFormat.Json, table.Columns, table.Rows);
                using var document = JsonDocument.Parse(bytes);
                Assert.Equal(table.Rows.Length, document.RootElement.GetArrayLength());
                for (var r = 0; r < table.Rows.Length; r++)
                {
                    var row = document.RootElement[r];
                    for (var c = 0; c < table.Columns.Length; c++)
                        if (table.Rows[r][c] is string text) Assert.Equal(text, row.GetProperty(table.Columns[c]).GetString());
                }
            }, iter: FuzzCases.Count(400));
        }

        // The writer's rule: an apostrophe before text that starts like a formula, after any apostrophes.
        private static string Expected(string text, bool protect) =>
            protect && text.TrimStart('\'').Length > 0 && "=+-@\t\r".IndexOf(text.TrimStart('\'')[0]) >= 0 ? "'" + text : text;

        private static byte[] Write(ReportOptions options, ReportFormat format, string[] columns, object?[][] rows)
        {
            var stream = new MemoryStream();
            using (var writer = ReportFormats.CreateWriter(format, stream, options))
            {
                writer.WriteHeader(columns);
                foreach (var row in rows)
                {
                    writer.StartRow();
                    foreach (var cell in row) writer.Cell(cell);
                    writer.EndRow();
                }
                writer.Finish();
            }
            return stream.ToArray();
        }

        private static List<string[]> ReadCsv(byte[] bytes)
        {
            var records = new List<string[]>();
            using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = false, Separator = ',', DetectSeparatorHint = false, AllowLineBreaksInQuotes = true, SkipEmptyLines = false, TrimWhitespace = false });
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
                records.Add(cells);
            }
            return records;
        }
    }
}
