namespace CloudResponsibility.Model
{
    /// <summary>The threat categories of CSO §2.2.</summary>
    public enum ThreatCategory
    {
        /// <summary>Attacks on the cloud (threats ① ②).</summary>
        AttackOnCloud,
        /// <summary>Attacks that use the cloud (threats ③ ④).</summary>
        AttackUsingCloud,
        /// <summary>Outages with causes other than attacks (threat ⑤).</summary>
        NonAttack,
    }
}
