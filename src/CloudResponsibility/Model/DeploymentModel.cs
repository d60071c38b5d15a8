namespace CloudResponsibility.Model
{
    /// <summary>The deployment models of CSO §2.1 table 2. MIC-GL3 I.6: the split of responsibility does not depend on them.</summary>
    public enum DeploymentModel
    {
        /// <summary>One organisation's cloud.</summary>
        Private,
        /// <summary>Shared by organisations with a common concern.</summary>
        Community,
        /// <summary>Open to the general public, owned by the seller.</summary>
        Public,
        /// <summary>Two or more of the others combined.</summary>
        Hybrid,
    }
}
