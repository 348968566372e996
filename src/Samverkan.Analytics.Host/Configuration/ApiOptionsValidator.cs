using Microsoft.Extensions.Options;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>Checks the API's settings at start.</summary>
internal sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    private const long Largest = 1024L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxUploadBytes is < 1 or > Largest
            ? ValidateOptionsResult.Fail($"{ApiOptions.SectionName}:{nameof(ApiOptions.MaxUploadBytes)}: {options.MaxUploadBytes} ligger utanför 1–{Largest} byte.")
            : ValidateOptionsResult.Success;
    }
}
