namespace Janalyq.Web.Cli;

/// <summary>
/// Process exit codes: the one place they are declared. The README's "Exit codes" line lists them (ExitCodesTests
/// checks it); verbs, the error handler and the tests use these names, never the numbers.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>Some inputs failed (reported); the rest was done.</summary>
    public const int PartialFailure = 1;
    /// <summary>The data folder or the database cannot be used.</summary>
    public const int StorageFailure = 2;
    /// <summary>The address to listen on is in use or not allowed.</summary>
    public const int AddressFailure = 3;
    /// <summary>Bad configuration or arguments.</summary>
    public const int ConfigurationFailure = 4;
    /// <summary>A bug: the one-line message asks for a report.</summary>
    public const int InternalError = 70;
    /// <summary>Interrupted (the verb was cancelled, by Ctrl-C) before its work was done; what was done is kept.</summary>
    public const int Interrupted = 130;
}
