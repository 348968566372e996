using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Publishing.LocalAgreements;

/// <summary>
/// The overview's revision banner: shown when the overarching agreement's priority areas are due
/// for revision within a year, or overdue (<see cref="RevisionReminder"/>), on the run's day.
/// </summary>
internal static class RevisionBanner
{
    public static void Append(StringBuilder html, SiteData data)
    {
        if (RevisionReminder.For(data.Catalog.Agreements, data.Today) is not { IsFlagged: true } reminder)
        {
            return;
        }

        var heading = reminder.State == RevisionState.Overdue ? "Revideringen är försenad" : "Dags att revidera överenskommelsen";
        html.Append("<section class=\"banner banner-").Append(reminder.State == RevisionState.Overdue ? "overdue" : "due")
            .Append("\" aria-labelledby=\"revidering\">\n<h2 id=\"revidering\">").Append(Html.E(heading)).Append("</h2>\n<p>")
            .Append(Html.E(reminder.SwedishText())).Append("</p>\n<p class=\"note\">Beräknat ")
            .Append(Html.E(reminder.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append(".</p>\n</section>\n");
    }
}
