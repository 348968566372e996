using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Samverkan.Analytics.Publishing.Digest;

namespace Samverkan.Analytics.Host.Digests;

/// <summary>
/// <c>GET /prenumerationer/avsluta?token=…</c> shows which subscription and address the link's token
/// names; <c>POST</c> (with the anti-forgery token) unsubscribes that address. Both need a login, like
/// every page (only <c>/health</c> is anonymous), so an email's link leads through the login page and
/// back here. The HMAC-signed token is the authority: it names one address of one subscription and
/// cannot be made for another without <c>Samverkan:Digest:UnsubscribeSecret</c>.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public const string Path = "/prenumerationer/avsluta";

    private const string BadLink = "Länken för att avsluta prenumerationen är ogiltig eller ofullständig. Öppna den igen från e-postmeddelandet (hela länken), eller be den som administrerar tjänsten att ta bort adressen.";
    private const string Off = "E-postsammanfattningar är inte inställda i den här tjänsten, så det finns ingen prenumeration att avsluta här.";
    private const string Expired = "Formuläret hade gått ut. Öppna länken i e-postmeddelandet igen och bekräfta på nytt.";

    public static void MapUnsubscribeEndpoints(this WebApplication app)
    {
        app.MapGet(Path, async (HttpContext http, IAntiforgery antiforgery, DigestSetup digests, string? token, CancellationToken ct) =>
        {
            if (Read(digests, token) is not { } named)
            {
                return Page(digests.Options.UnsubscribeSecret is null ? UnsubscribePages.Invalid(Off) : UnsubscribePages.Invalid(BadLink), StatusCodes.Status400BadRequest);
            }

            var (subscription, recipient) = named;
            var name = SubscriptionName(digests, subscription);
            if (await digests.Ledger.IsUnsubscribedAsync(subscription, recipient, ct).ConfigureAwait(false))
            {
                return Page(UnsubscribePages.Done(name, recipient, already: true), StatusCodes.Status200OK);
            }

            var form = antiforgery.GetAndStoreTokens(http);
            return Page(UnsubscribePages.Confirm(form.FormFieldName, form.RequestToken ?? "", token!, name, recipient), StatusCodes.Status200OK);
        });

        app.MapPost(Path, async (HttpContext http, IAntiforgery antiforgery, DigestSetup digests, ILoggerFactory logs, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return Page(UnsubscribePages.Invalid(Expired), StatusCodes.Status400BadRequest);
            }

            string? token = form[UnsubscribePages.TokenField];
            if (Read(digests, token) is not { } named)
            {
                return Page(UnsubscribePages.Invalid(BadLink), StatusCodes.Status400BadRequest);
            }

            var already = await digests.Ledger.IsUnsubscribedAsync(named.SubscriptionId, named.Recipient, ct).ConfigureAwait(false);
            await digests.UnsubscribeAsync(token!, ct).ConfigureAwait(false);
            logs.CreateLogger(typeof(UnsubscribeEndpoints)).LogInformation(
                "Digest unsubscribe: {Recipient} from {Subscription}, confirmed by user {User}",
                named.Recipient, named.SubscriptionId, http.User.FindFirstValue(ClaimTypes.Name));
            return Page(UnsubscribePages.Done(SubscriptionName(digests, named.SubscriptionId), named.Recipient, already), StatusCodes.Status200OK);
        });
    }

    /// <summary>The subscription and address a token names, or null when it is not valid (or there is no secret to check it with).</summary>
    private static (string SubscriptionId, string Recipient)? Read(DigestSetup digests, string? token) =>
        digests.Options.UnsubscribeSecret is { Length: > 0 } secret && UnsubscribeToken.TryRead(token, secret, out var subscription, out var recipient)
            ? (subscription, recipient)
            : null;

    /// <summary>The subscription's title from the subscriptions file, or just its id when the file does not say (or does not validate).</summary>
    private static string SubscriptionName(DigestSetup digests, string id)
    {
        var loaded = digests.LoadSubscriptions();
        var title = loaded.Subscriptions.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))?.Title;
        return UnsubscribePages.SubscriptionName(id, title);
    }

    private static IResult Page(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
