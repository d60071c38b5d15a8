using CloudResponsibility.Inventory;
using Xunit;

namespace CloudResponsibility.Tests.Inventory
{
    public sealed class CellMemoTests
    {
        [Fact]
        public void TryGet_TheInstanceAdded_GivesItsValue()
        {
            var memo = new CellMemo<bool?>();
            var text = new string("yes".ToCharArray());
            memo.Add(text, true);
            Assert.True(memo.TryGet(text, out var value));
            Assert.True(value);
        }

        [Fact]
        public void TryGet_AnEqualTextOfAnotherInstance_Misses()
        {
            // Identity, not value: a memo of pooled strings must not cost a string comparison.
            var memo = new CellMemo<int>();
            memo.Add(new string("SaaS".ToCharArray()), 1);
            Assert.False(memo.TryGet(new string("SaaS".ToCharArray()), out var value));
            Assert.Equal(0, value);
        }

        [Fact]
        public void TryGet_Null_MissesEvenAfterAddingNull()
        {
            var memo = new CellMemo<string?>();
            memo.Add(null, "x");
            Assert.False(memo.TryGet(null, out _));
        }

        [Fact]
        public void TryGet_ManyInstances_EachHitGivesItsOwnValue()
        {
            // More texts than slots: collisions replace, and never give another text's value.
            var memo = new CellMemo<int>();
            var texts = new string[500];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = "v" + i;
                memo.Add(texts[i], i);
            }
            var hits = 0;
            for (var i = 0; i < texts.Length; i++)
            {
                if (!memo.TryGet(texts[i], out var value)) continue;
                hits++;
                Assert.Equal(i, value);
            }
            Assert.InRange(hits, 1, 64);
        }
    }
}
