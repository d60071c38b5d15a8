using CloudResponsibility.Text;
using Xunit;

namespace CloudResponsibility.Tests.Text
{
    public sealed class JoinedMessagesTests
    {
        [Fact]
        public void Join_MessagesEndingWithTheSameSentence_SayItOnceAtTheEnd() =>
            Assert.Equal("Row 1 has no ServiceName column; name one 'ServiceName'. Row 1 has no Answer column; name one 'Answer'. Nothing more is read from this file.",
                JoinedMessages.Join(new[]
                {
                    "Row 1 has no ServiceName column; name one 'ServiceName'. Nothing more is read from this file.",
                    "Row 1 has no Answer column; name one 'Answer'. Nothing more is read from this file.",
                }));

        [Fact]
        public void Join_JapaneseMessages_SayTheSharedSentenceOnce() =>
            Assert.Equal("見出し行に ServiceName 列がありません。見出し行に Answer 列がありません。このファイルはこれ以上読み込みません。",
                JoinedMessages.Join(new[] { "見出し行に ServiceName 列がありません。このファイルはこれ以上読み込みません。", "見出し行に Answer 列がありません。このファイルはこれ以上読み込みません。" }));

        [Theory]
        [InlineData("One problem. Nothing more is read from this file.", "One problem. Nothing more is read from this file.")]
        [InlineData("A is wrong.|B is wrong.", "A is wrong. B is wrong.")]
        [InlineData("Same.|Same.", "Same. Same.")]
        public void Join_WithoutASharedClosingSentence_JoinsThemAsTheyAre(string messages, string joined) =>
            Assert.Equal(joined, JoinedMessages.Join(messages.Split('|')));
    }
}
