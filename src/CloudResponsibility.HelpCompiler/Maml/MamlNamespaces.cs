namespace CloudResponsibility.HelpCompiler.Maml
{
    /// <summary>The XML namespaces of MAML command help, as Get-Help and platyPS use them.</summary>
    public static class MamlNamespaces
    {
        /// <summary>The root <c>helpItems</c>.</summary>
        public const string Msh = "http://msh";

        /// <summary><c>maml:</c> — para, description, name, relatedLinks.</summary>
        public const string Maml = "http://schemas.microsoft.com/maml/2004/10";

        /// <summary><c>command:</c> — command, details, syntax, parameters, examples.</summary>
        public const string Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";

        /// <summary><c>dev:</c> — type, code, remarks, defaultValue.</summary>
        public const string Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        /// <summary><c>MSHelp:</c>, declared for compatibility with other MAML tools.</summary>
        public const string MSHelp = "http://msdn.microsoft.com/mshelp";
    }
}
