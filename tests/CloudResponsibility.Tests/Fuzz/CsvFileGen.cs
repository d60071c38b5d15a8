using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace CloudResponsibility.Tests.Fuzz
{
    /// <summary>What a generated row is meant to be, so that the reader's answer can be checked against it.</summary>
    internal enum FuzzRowKind
    {
        Service,
        BadModel,
        Blank,
        TooFewCells,
        ExtraCell,
        Oversized,
        UnclosedQuote,
    }

    /// <summary>A generated CSV file and what reading it must give.</summary>
    internal sealed class FuzzFile
    {
        public FuzzFile(byte[] bytes, string text, int nonEmptyRows, IReadOnlyList<string> services, bool balanced)
        {
            Bytes = bytes;
            Text = text;
            NonEmptyRows = nonEmptyRows;
            Services = services;
            Balanced = balanced;
        }

        public byte[] Bytes { get; }
        public string Text { get; }

        /// <summary>The rows with something in them: each must come back as a service or an error.</summary>
        public int NonEmptyRows { get; }

        /// <summary>The services the file holds, in order.</summary>
        public IReadOnlyList<string> Services { get; }

        /// <summary>Whether every quote is closed: then no line of a cell may come back as a row.</summary>
        public bool Balanced { get; }

        public override string ToString() => Text.Length > 2000 ? Text.Substring(0, 2000) + "…" : Text;
    }

    /// <summary>
    /// Generates CSV files of every shape the readers meet: quoted cells with separators, quotes
    /// and line breaks of each kind, lines inside cells shaped like rows (<see cref="Smuggled"/>),
    /// formula text, NUL, wide characters, blank rows, too few and too many cells, cells past the
    /// record limit, unclosed quotes, three line-break styles, UTF-8 with and without a mark and UTF-16.
    /// </summary>
    internal static class CsvFileGen
    {
        /// <summary>The start of a line inside a cell that looks like a row; a service with this name was smuggled.</summary>
        public const string Smuggled = "Phantom";

        /// <summary>The record limit the generated files are read with: small, so that oversized cells stay cheap.</summary>
        public const int RecordLimit = 4096;

        private static readonly string[] Pieces =
        {
            "a", "Mail", "日本", "ｶﾀｶﾅ", ",", ";", "\"", "\"\"", "\r\n", "\n", "\r", Smuggled + ",IaaS,x", "\n" + Smuggled + ",SaaS\n",
            "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "\t", "\0", " ", "é", "😀", "\uFEFF", "'",
        };

        private static readonly string[] Models = { "SaaS", "PaaS", "IaaS", "OnPremises", "saas", "ＳａａＳ" };
        private static readonly string[] LineBreaks = { "\r\n", "\n", "\r" };

        private static readonly Gen<string> Notes =
            Gen.Int[0, Pieces.Length - 1].Array[0, 8].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));

        private static readonly Gen<FuzzRowKind> Kinds = Gen.Frequency(
            (60, FuzzRowKind.Service), (8, FuzzRowKind.BadModel), (8, FuzzRowKind.Blank), (5, FuzzRowKind.TooFewCells),
            (5, FuzzRowKind.ExtraCell), (1, FuzzRowKind.Oversized), (3, FuzzRowKind.UnclosedQuote));

        private static readonly Gen<(FuzzRowKind Kind, int Model, string Notes, bool Quote)> Rows =
            Gen.Select(Kinds, Gen.Int[0, Models.Length - 1], Notes, Gen.Bool);

        /// <summary>Whole files: rows, a line-break style, a final line break or not, an encoding.</summary>
        public static readonly Gen<FuzzFile> Files =
            Gen.Select(Rows.Array[0, 12], Gen.Int[0, LineBreaks.Length - 1], Gen.Bool, Gen.Int[0, 2])
                .Select(t => Build(t.Item1, LineBreaks[t.Item2], t.Item3, t.Item4));

        /// <summary>Bytes of no particular shape, for the promise that nothing throws.</summary>
        public static readonly Gen<byte[]> Garbage = Gen.Frequency(
            (1, Gen.Byte.Array[0, 400]),
            (3, Gen.OneOf(Encoding.UTF8.GetBytes("ServiceName,ServiceModel\n"), Encoding.UTF8.GetBytes("サービス名,サービスモデル\r\n"))
                .SelectMany(header => Gen.OneOf<byte>((byte)',', (byte)'"', (byte)'\r', (byte)'\n', (byte)'a', 0, 0x81, 0xE3, 0xFF, (byte)'S').Array[0, 300]
                    .Select(body => header.Concat(body).ToArray()))));

        private static FuzzFile Build((FuzzRowKind Kind, int Model, string Notes, bool Quote)[] rows, string lineBreak, bool finalBreak, int encoding)
        {
            var text = new StringBuilder("ServiceName,ServiceModel,Notes");
            var services = new List<string>();
            var nonEmpty = 0;
            var balanced = true;
            for (var i = 0; i < rows.Length; i++)
            {
                var (kind, model, notes, quote) = rows[i];
                var name = "S" + i;
                text.Append(lineBreak);
                switch (kind)
                {
                    case FuzzRowKind.Service:
                        text.Append(name).Append(',').Append(Models[model]).Append(',').Append(Cell(notes, quote));
                        services.Add(name);
                        break;
                    case FuzzRowKind.BadModel:
                        text.Append(name).Append(",Bogus,").Append(Cell(notes, quote));
                        break;
                    case FuzzRowKind.Blank:
                        text.Append(model % 3 == 0 ? string.Empty : model % 3 == 1 ? " , ," : ",,");
                        break;
                    case FuzzRowKind.TooFewCells:
                        text.Append(name);
                        break;
                    case FuzzRowKind.ExtraCell:
                        text.Append(name).Append(",SaaS,").Append(Cell(notes, quote)).Append(",extra");
                        break;
                    case FuzzRowKind.Oversized:
                        // Past the parser's 64 KiB buffer, so that the limit is enforced whatever the position.
                        var cell = new StringBuilder();
                        while (cell.Length < 70_000) cell.Append(notes).Append(lineBreak).Append(Smuggled).Append(",IaaS,y").Append(lineBreak);
                        text.Append(name).Append(",SaaS,").Append(Cell(cell.ToString(), quote: true));
                        break;
                    case FuzzRowKind.UnclosedQuote:
                        text.Append(name).Append(",\"SaaS");
                        balanced = false;
                        break;
                }
                if (kind != FuzzRowKind.Blank) nonEmpty++;
            }
            if (finalBreak) text.Append(lineBreak);
            var value = text.ToString();
            var bytes = encoding switch
            {
                0 => new UTF8Encoding(false).GetBytes(value),
                1 => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(value)).ToArray(),
                _ => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(value)).ToArray(),
            };
            return new FuzzFile(bytes, value, nonEmpty, services, balanced);
        }

        /// <summary>A cell as a careful writer writes it: quoted when it must be (or asked to be), quotes doubled.</summary>
        public static string Cell(string value, bool quote)
        {
            var must = value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || value.Length == 0 && quote;
            return quote || must ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }
    }
}
