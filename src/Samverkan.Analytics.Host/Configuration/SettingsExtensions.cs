using Microsoft.Extensions.Options;

namespace Samverkan.Analytics.Host.Configuration;

/// <summary>Binds the settings sections and checks them at start (ValidateOnStart), each message naming its setting.</summary>
internal static class SettingsExtensions
{
    /// <summary>Binds <c>Samverkan</c>, <c>Samverkan:Database</c>, <c>Samverkan:Jobs</c> and <c>Samverkan:Api</c>, with their validators.</summary>
    public static void AddSamverkanSettings(this IServiceCollection services)
    {
        services.AddOptions<SamverkanOptions>().BindConfiguration(SamverkanOptions.SectionName).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateOnStart();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SamverkanOptions>, SamverkanOptionsValidator>();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidator>();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
    }

    /// <summary>
    /// Runs the start-up validation now, right after the app is built, before anything opens the
    /// database or the job storage (the host would otherwise run it only when it starts).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid.</exception>
    public static void ValidateSamverkanSettings(this IHost app) =>
        app.Services.GetService<IStartupValidator>()?.Validate();
}
