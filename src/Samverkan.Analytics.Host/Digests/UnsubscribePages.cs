using System.Globalization;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Digests;

/// <summary>The unsubscribe pages: Swedish, no script, the login pages' style, every value escaped.</summary>
internal static class UnsubscribePages
{
    /// <summary>The form field that carries the link's token.</summary>
    public const string TokenField = "token";

    private const string Title = "Avsluta prenumeration";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>What will be unsubscribed, and the button that does it (a POST with the anti-forgery token).</summary>
    public static string Confirm(string formField, string formToken, string token, string subscription, string recipient)
    {
        var html = LoginPages.Start(Title);
        html.Append("<p>").Append(E(string.Format(Swedish,
            "Du håller på att avsluta e-postsammanfattningen {0} för adressen {1}. Adressen får sedan inga fler sammanfattningar från den prenumerationen; andra prenumerationer och andra adresser påverkas inte.",
            subscription, recipient))).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(UnsubscribeEndpoints.Path).Append("\">\n");
        LoginPages.Hidden(html, formField, formToken);
        LoginPages.Hidden(html, TokenField, token);
        html.Append("<button type=\"submit\">Avsluta prenumerationen</button>\n</form>\n");
        html.Append("<p><a href=\"/\">Avbryt och gå till översikten</a></p>\n");
        return LoginPages.End(html);
    }

    /// <summary>Done (or already done).</summary>
    public static string Done(string subscription, string recipient, bool already)
    {
        var html = LoginPages.Start(already ? "Prenumerationen är redan avslutad" : "Prenumerationen är avslutad");
        html.Append("<p class=\"status\" role=\"status\">").Append(E(string.Format(Swedish,
            already
                ? "Adressen {1} har redan avslutat e-postsammanfattningen {0}. Inga fler sammanfattningar skickas dit från den prenumerationen."
                : "Adressen {1} får inte längre e-postsammanfattningen {0}.",
            subscription, recipient))).Append("</p>\n");
        html.Append("<p>Vill du få sammanfattningen igen? Be den som administrerar tjänsten att lägga till adressen på nytt.</p>\n");
        html.Append("<p><a href=\"/\">").Append(E(LoginTexts.BackToSite)).Append("</a></p>\n");
        return LoginPages.End(html);
    }

    /// <summary>A token that is broken, forged, or cannot be checked.</summary>
    public static string Invalid(string reason)
    {
        var html = LoginPages.Start(Title);
        html.Append("<div class=\"error\" role=\"alert\"><p>").Append(E(reason)).Append("</p></div>\n");
        html.Append("<p><a href=\"/\">").Append(E(LoginTexts.BackToSite)).Append("</a></p>\n");
        return LoginPages.End(html);
    }

    /// <summary>The subscription as people read it: <c>”Järva – trygghet och brott” (jarva-trygghet)</c>.</summary>
    public static string SubscriptionName(string id, string? title) =>
        title is { Length: > 0 } t ? $"”{t}” ({id})" : $"”{id}”";

    private static string E(string text) => LoginPages.E(text);
}
