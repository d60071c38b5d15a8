using System;

namespace CloudResponsibility.Host
{
    /// <summary>The module to import is not where the command line, the environment or the search says.</summary>
    public sealed class ModuleNotFoundException : Exception
    {
        public ModuleNotFoundException(string message)
            : base(message)
        {
        }
    }
}
