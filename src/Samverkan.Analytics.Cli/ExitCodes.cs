namespace Samverkan.Analytics.Cli;

/// <summary>Exit codes (DESIGN §4.6).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
