using System;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace CloudResponsibility.Output
{
    /// <summary>
    /// Cells as a CSV report holds them: text as it is, with formula cells neutralised unless turned
    /// off; booleans, numbers and dates typed, so CsvHelper formats them invariantly and never
    /// mistakes -5 for a formula; anything else as <see cref="ReportValue"/> words it.
    /// </summary>
    internal sealed class CsvCells : CellSink
    {
        private readonly CsvWriter csv;
        private readonly bool formulaProtection;

        public CsvCells(CsvWriter csv, bool formulaProtection)
        {
            this.csv = csv;
            this.formulaProtection = formulaProtection;
        }

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        public override void Text(string? text)
        {
            if (formulaProtection && text is not null && FormulaCell.IsFormula(text))
                csv.WriteField(FormulaCell.Escape + text, CsvQuoting.Always);
            else
                csv.WriteField(text);
        }

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        public override void Bool(bool value) => csv.WriteField(value);

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        public override void Int(int value) => csv.WriteField(value, default);

        [MethodImpl(HotPath.OptimizeFromFirstCall)]
        public override void Value(object? value)
        {
            switch (value)
            {
                case null: csv.WriteField((string?)null); break;
                case string text: Text(text); break;
                case bool flag: Bool(flag); break;
                case int number: Int(number); break;
                case IFormattable formattable when !(formattable is Enum): csv.WriteField((object)formattable); break;
                default: Text(ReportValue.Format(value)); break;
            }
        }
    }
}
