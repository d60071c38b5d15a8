namespace CloudResponsibility.HelpCompiler
{
    /// <summary>
    /// What is wrong with the help, as a stable code (printed as <c>CRHELP01</c> …) so that the build
    /// log, scripts and tests can tell the failures apart without parsing the wording.
    /// </summary>
    public enum HelpProblemCode
    {
        /// <summary>A cmdlet of the assembly has no Markdown file in en-US.</summary>
        MissingDocument = 1,
        /// <summary>A parameter of the cmdlet has no description in the Markdown file.</summary>
        MissingParameterDescription = 2,
        /// <summary>The Markdown file documents a parameter the cmdlet does not have.</summary>
        UnknownParameter = 3,
        /// <summary>The Markdown file has fewer than two examples, or an example without code.</summary>
        TooFewExamples = 4,
        /// <summary>The Markdown file does not follow the expected structure.</summary>
        Format = 5,
        /// <summary>OUTPUTS does not match the cmdlet's OutputType attributes.</summary>
        OutputMismatch = 6,
        /// <summary>An about topic is malformed or too wide.</summary>
        AboutTopic = 7,
        /// <summary>A Markdown file names a cmdlet the assembly does not have.</summary>
        UnknownCommand = 8,
        /// <summary>A required section (SYNOPSIS, DESCRIPTION …) is missing or empty.</summary>
        MissingSection = 9,
        /// <summary>The inputs could not be read: no assembly, no en-US folder, a type that fails to load.</summary>
        Input = 10,
    }
}
