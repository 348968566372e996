namespace Samverkan.Analytics.Host;

/// <summary>A start-up prerequisite is missing; the message says which and what to do.</summary>
internal sealed class StartupException(string message) : Exception(message);
