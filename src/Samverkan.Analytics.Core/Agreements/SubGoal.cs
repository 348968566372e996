namespace Samverkan.Analytics.Core.Agreements;

/// <summary>A sub-goal (delmål) of a priority area, followed up through its indicators.</summary>
/// <param name="Id">Kebab-case id.</param>
/// <param name="Title">Swedish wording.</param>
public sealed record SubGoal(string Id, string Title);
