using System;

namespace CloudResponsibility.Disclosure
{
    /// <summary>An outcome and the reason for it, as <see cref="DisclosureJudge"/> gives them.</summary>
    public readonly struct DisclosureJudgement : IEquatable<DisclosureJudgement>
    {
        /// <summary>Pairs an outcome with its reason.</summary>
        public DisclosureJudgement(DisclosureOutcome outcome, DisclosureReason reason)
        {
            Outcome = outcome;
            Reason = reason;
        }

        /// <summary>The outcome.</summary>
        public DisclosureOutcome Outcome { get; }

        /// <summary>Why.</summary>
        public DisclosureReason Reason { get; }

        /// <summary>Takes the pair apart: <c>var (outcome, reason) = judgement;</c>.</summary>
        public void Deconstruct(out DisclosureOutcome outcome, out DisclosureReason reason)
        {
            outcome = Outcome;
            reason = Reason;
        }

        /// <inheritdoc />
        public bool Equals(DisclosureJudgement other) => Outcome == other.Outcome && Reason == other.Reason;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is DisclosureJudgement other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Outcome * 397) ^ (int)Reason;

        /// <inheritdoc />
        public override string ToString() => $"{Outcome}/{Reason}";
    }
}
