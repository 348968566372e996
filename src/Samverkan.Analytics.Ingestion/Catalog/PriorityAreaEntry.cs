using Samverkan.Analytics.Core.Agreements;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>A priority area as read from <c>agreement.yaml</c>, with where its id was written.</summary>
internal sealed record PriorityAreaEntry(PriorityArea Area, Where IdAt)
{
    /// <summary>Reads one priority area; <paramref name="local"/> allows the <c>example</c> flag.</summary>
    public static PriorityAreaEntry? Read(YamlMap map, bool local)
    {
        if (local)
        {
            map.Allow("id", "title", "example", "sub_goals");
        }
        else
        {
            map.Allow("id", "title", "sub_goals");
        }

        var id = map.Id("id", required: true);
        var title = map.String("title", required: true);
        var example = local && (map.Bool("example") ?? false);
        var subGoals = new List<SubGoal>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var goal in map.Maps("sub_goals"))
        {
            goal.Allow("id", "title");
            var goalId = goal.Id("id", required: true);
            var goalTitle = goal.String("title", required: true);
            if (goalId is null)
            {
                continue;
            }

            if (!seen.Add(goalId))
            {
                map.Problems.Add(goal.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateSubGoal, goalId, id));
            }

            subGoals.Add(new SubGoal(goalId, goalTitle ?? string.Empty));
        }

        return id is null ? null : new PriorityAreaEntry(new PriorityArea(id, title ?? string.Empty, subGoals, example), map.At("id"));
    }
}
