using System;

namespace CloudResponsibility.Host
{
    /// <summary>The command line cannot be understood; the host prints the usage and exits with 2.</summary>
    public sealed class HostUsageException : Exception
    {
        public HostUsageException(string message)
            : base(message)
        {
        }
    }
}
