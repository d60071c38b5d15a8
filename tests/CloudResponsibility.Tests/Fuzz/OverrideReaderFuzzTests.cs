using System.Linq;
using System.Text;
using CloudResponsibility.Resolution;
using CsCheck;
using Xunit;

namespace CloudResponsibility.Tests.Fuzz
{
    /// <summary>
    /// The contract-override reader over generated files: nothing throws; every row with something
    /// in it is an override or an error; with every quote closed, no line of a cell is read as a
    /// row. Cases: <see cref="FuzzCases"/>.
    /// </summary>
    public sealed class OverrideReaderFuzzTests
    {
        private static readonly string[] Layers = { "Data", "Network", "GuestOS", "Facility", "Nope" };
        private static readonly string[] Owners = { "Customer", "Provider", "Shared", "利用者", "Nobody" };
        private static readonly string[] Pieces = { "§3", ",", "\"", "\r\n", "\n", "Phantom,Data,Provider", "\nPhantom,Data,Customer\n", "=1+2", "\0", "日本", " " };

        private static readonly Gen<(int Layer, int Owner, int[] Clause, bool Unclosed)> Rows =
            Gen.Select(Gen.Int[0, Layers.Length - 1], Gen.Int[0, Owners.Length - 1], Gen.Int[0, Pieces.Length - 1].Array[0, 5], Gen.Frequency((20, Gen.Const(false)), (1, Gen.Const(true))));

        [Fact]
        public void Parse_GeneratedFiles_EveryRowIsAnOverrideOrAnErrorAndNoCellBecomesARow()
        {
            Gen.Select(Rows.Array[0, 10], Gen.OneOf("\r\n", "\n")).Sample(t =>
            {
                var (rows, lineBreak) = t;
                var text = new StringBuilder("ServiceName,Layer,Owner,Clause");
                var balanced = true;
                for (var i = 0; i < rows.Length; i++)
                {
                    var (layer, owner, clause, unclosed) = rows[i];
                    text.Append(lineBreak).Append('S').Append(i).Append(',').Append(Layers[layer]).Append(',').Append(Owners[owner]).Append(',');
                    if (unclosed)
                    {
                        text.Append("\"open");
                        balanced = false;
                    }
                    else text.Append(CsvFileGen.Cell(string.Concat(clause.Select(p => Pieces[p])), quote: false));
                }
                var (overrides, errors) = ContractOverrideFile.Parse(text.ToString(), "fuzz.csv");
                // An unclosed quote makes the file ambiguous (the next quote may close it): then only nothing-throws holds.
                if (!balanced) return;
                Assert.Equal(rows.Length, overrides.Count + errors.Select(e => e.Row).Distinct().Count());
                Assert.Null(overrides.For(new Model.CloudService("Phantom", Model.ServiceModel.SaaS), Model.Layer.Data));
            }, iter: FuzzCases.Count(400));
        }
    }
}
