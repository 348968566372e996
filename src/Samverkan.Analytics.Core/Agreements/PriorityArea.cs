namespace Samverkan.Analytics.Core.Agreements;

/// <summary>A priority area (prioriterat samverkansområde) with its sub-goals.</summary>
/// <param name="Id">Kebab-case id, e.g. <c>unga-i-risk</c>; <c>overgripande</c> for the overarching goal.</param>
/// <param name="Title">Swedish title.</param>
/// <param name="SubGoals">Its sub-goals (delmål).</param>
/// <param name="IsExample">True for local priority areas shipped as plausible examples, not taken from a real agreement.</param>
public sealed record PriorityArea(string Id, string Title, IReadOnlyList<SubGoal> SubGoals, bool IsExample = false);
