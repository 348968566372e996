using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Web;

/// <summary><c>GET /api/indicators</c> and <c>GET /api/areas</c>: the loaded catalogue.</summary>
internal static class ApiCatalogEndpoints
{
    public static void MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", (Catalog catalog) => TypedResults.Ok(Indicators(catalog)))
            .WithName("ListIndicators")
            .WithSummary("The catalogue's indicators: id, titles, measure, unit, polarity, confidence and target.");
        api.MapGet("/areas", (HttpContext http, Catalog catalog) => TypedResults.Ok(Areas(catalog, AreaScope.For(http.User).WithComparator(catalog.CityAreaId))))
            .WithName("ListAreas")
            .WithSummary("The catalogue's areas: id, name, kind, parent, validity, successor and aliases.");
    }

    internal static IReadOnlyList<ApiIndicator> Indicators(Catalog catalog) =>
        catalog.AllIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase).Select(i => new ApiIndicator(
            i.Id, i.Title, i.TitleEn, i.Description, i.PriorityAreaId, i.LocalAgreementId,
            i.Measure.ToWord(), i.Source.Dataset.ToWord(), i.Period.ToWord(), i.Unit, i.Multiplier, i.Polarity.ToWord(), i.Confidence,
            i.Target is { } t ? new ApiTarget(t.Year, t.Value, t.RelativeChange, t.AgreementId) : null)).ToList();

    /// <summary>The areas <paramref name="scope"/> allows (an area-limited viewer: theirs and the city), naming no other area as parent or successor.</summary>
    internal static IReadOnlyList<ApiArea> Areas(Catalog catalog, AreaScope scope) =>
        scope.IsLimited
            ? scope.Filter(Areas(catalog), a => a.Id).Select(a => a with
            {
                ParentId = a.ParentId is { } parent && scope.Allows(parent) ? parent : null,
                SuccessorId = a.SuccessorId is { } successor && scope.Allows(successor) ? successor : null,
            }).ToList()
            : Areas(catalog);

    internal static IReadOnlyList<ApiArea> Areas(Catalog catalog) =>
        catalog.Areas.Areas.Select(a => new ApiArea(
            a.Id, a.Name, a.Kind.ToName(), a.ParentId, Date(a.Validity.From), Date(a.Validity.To), a.SuccessorId,
            a.Aliases.Select(x => new ApiAreaAlias(x.Name, Date(x.Validity.From), Date(x.Validity.To))).ToList())).ToList();

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
