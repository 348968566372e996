using Microsoft.Extensions.Options;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Host.Digests;

/// <summary>
/// Checks <c>Samverkan:Digest</c> at start, but only when digests are switched on (an SMTP host is
/// set): without one the service starts and the digest job says it is not configured. Every message
/// names its setting and never shows a secret.
/// </summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            return ValidateOptionsResult.Success;
        }

        var problems = options.Problems(send: true);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
