namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Digest settings (<c>Samverkan:Digest</c>; environment <c>Samverkan__Digest__…</c>). Secrets
/// (<see cref="UnsubscribeSecret"/>, <see cref="DigestSmtpOptions.Password"/>) come from the
/// environment only.
/// </summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Samverkan:Digest";

    /// <summary>The public address of the dashboards, e.g. <c>https://uppfoljning.stockholm.se</c>. Required.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>
    /// An indicator page relative to <see cref="BaseUrl"/>, with <c>{indicator}</c> and <c>{area}</c>.
    /// The default value is <c>indikator/{indicator}.html#omr-{area}</c>: the shipped site's indicator
    /// page, at the area's row of its table.
    /// </summary>
    public string PageUrlTemplate { get; set; } = "indikator/{indicator}.html#omr-{area}";

    /// <summary>
    /// The unsubscribe page relative to <see cref="BaseUrl"/>, with <c>{token}</c>. The default value is
    /// <c>prenumerationer/avsluta?token={token}</c>, the Host's page (behind the login).
    /// </summary>
    public string UnsubscribeUrlTemplate { get; set; } = "prenumerationer/avsluta?token={token}";

    /// <summary>The secret that signs unsubscribe links (HMAC-SHA256); from the environment, at least 32 characters. Required.</summary>
    public string? UnsubscribeSecret { get; set; }

    /// <summary>The sender address. Required for sending; previews use <c>digest@example.invalid</c> when it is absent.</summary>
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name. The default value is <c>Samverkan Stockholm – uppföljning</c>.</summary>
    public string FromName { get; set; } = "Samverkan Stockholm – uppföljning";

    /// <summary>Recipient domains allowed (<c>stockholm.se</c>, <c>*.polisen.se</c>). The default value is empty: nobody.</summary>
    public IList<string> AllowedDomains { get; set; } = [];

    /// <summary>Send a short "inga förändringar" note when new data changed nothing material. The default value is false.</summary>
    public bool SendWhenNothingChanged { get; set; }

    /// <summary>At most this many inline charts per message. The default value is 6.</summary>
    public int MaxCharts { get; set; } = 6;

    /// <summary>The time zone of the subscriptions' schedules. The default value is <c>Europe/Stockholm</c>.</summary>
    public string TimeZone { get; set; } = "Europe/Stockholm";

    /// <summary>
    /// How long a server's claim on a message lasts; a claim older than this is taken over (the
    /// server is presumed dead). Keep it well above the longest send with retries. The default value is 30 minutes.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The SMTP relay.</summary>
    public DigestSmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Reads the settings from environment variables named like configuration keys
    /// (<c>Samverkan__Digest__BaseUrl</c>, <c>Samverkan__Digest__Smtp__Password</c>,
    /// <c>Samverkan__Digest__AllowedDomains</c> as a comma-separated list); for the Cli, which has no appsettings.
    /// </summary>
    /// <exception cref="ArgumentException">A number, duration or flag that does not parse (the message names the variable, never its value).</exception>
    public static DigestOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        const string P = "Samverkan__Digest__";
        var options = new DigestOptions();
        string? Get(string name) => variable(P + name) is { Length: > 0 } v ? v.Trim() : null;
        options.BaseUrl = Get("BaseUrl");
        options.PageUrlTemplate = Get("PageUrlTemplate") ?? options.PageUrlTemplate;
        options.UnsubscribeUrlTemplate = Get("UnsubscribeUrlTemplate") ?? options.UnsubscribeUrlTemplate;
        options.UnsubscribeSecret = variable(P + "UnsubscribeSecret") is { Length: > 0 } secret ? secret : null;
        options.FromAddress = Get("FromAddress");
        options.FromName = Get("FromName") ?? options.FromName;
        options.AllowedDomains = (Get("AllowedDomains") ?? string.Empty)
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        for (var i = 0; Get($"AllowedDomains__{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}") is { } d; i++)
        {
            options.AllowedDomains.Add(d);
        }

        options.SendWhenNothingChanged = Flag(Get("SendWhenNothingChanged"), P + "SendWhenNothingChanged") ?? false;
        options.MaxCharts = Number(Get("MaxCharts"), P + "MaxCharts") ?? options.MaxCharts;
        options.TimeZone = Get("TimeZone") ?? options.TimeZone;
        options.ClaimLease = Duration(Get("ClaimLease"), P + "ClaimLease") ?? options.ClaimLease;
        options.Smtp.Host = Get("Smtp__Host");
        options.Smtp.Port = Number(Get("Smtp__Port"), P + "Smtp__Port") ?? options.Smtp.Port;
        options.Smtp.Security = Get("Smtp__Security") ?? options.Smtp.Security;
        options.Smtp.UserName = Get("Smtp__UserName");
        options.Smtp.Password = variable(P + "Smtp__Password") is { Length: > 0 } password ? password : null;
        options.Smtp.Timeout = Duration(Get("Smtp__Timeout"), P + "Smtp__Timeout") ?? options.Smtp.Timeout;
        options.Smtp.Attempts = Number(Get("Smtp__Attempts"), P + "Smtp__Attempts") ?? options.Smtp.Attempts;
        options.Smtp.RetryDelay = Duration(Get("Smtp__RetryDelay"), P + "Smtp__RetryDelay") ?? options.Smtp.RetryDelay;
        return options;
    }

    /// <summary>What is missing or wrong for <paramref name="send"/> (sending) or previewing; empty when ready.</summary>
    public IReadOnlyList<string> Problems(bool send)
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var baseUri) || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("Samverkan:Digest:BaseUrl måste vara webbplatsens fullständiga http(s)-adress (t.ex. https://uppfoljning.example.se).");
        }

        if (string.IsNullOrEmpty(UnsubscribeSecret) || UnsubscribeSecret.Length < 32)
        {
            problems.Add("Samverkan:Digest:UnsubscribeSecret måste sättas i miljön (Samverkan__Digest__UnsubscribeSecret), minst 32 tecken.");
        }

        if (AllowedDomains.Count == 0)
        {
            problems.Add("Samverkan:Digest:AllowedDomains är tom, så ingen mottagare är tillåten; ange mottagarnas domäner (t.ex. stockholm.se).");
        }

        if (!TryTimeZone(out _))
        {
            problems.Add($"Samverkan:Digest:TimeZone '{TimeZone}' är ingen tidszon som den här datorn känner till (t.ex. Europe/Stockholm).");
        }

        if (MaxCharts < 0)
        {
            problems.Add("Samverkan:Digest:MaxCharts måste vara 0 eller mer.");
        }

        if (!send)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(Smtp.Host))
        {
            problems.Add(NoSmtpHost);
        }

        if (Smtp.Port is < 1 or > 65535)
        {
            problems.Add("Samverkan:Digest:Smtp:Port måste vara 1–65535.");
        }

        if (!SmtpDigestTransport.TryParseSecurity(Smtp.Security, out _))
        {
            problems.Add(SecurityProblem(Smtp.Security));
        }

        if (Smtp.Attempts < 1 || Smtp.RetryDelay < TimeSpan.Zero || Smtp.Timeout <= TimeSpan.Zero)
        {
            problems.Add("Samverkan:Digest:Smtp: Attempts måste vara 1 eller mer, RetryDelay 0 eller mer och Timeout större än 0.");
        }

        if (!string.IsNullOrEmpty(Smtp.UserName) && string.IsNullOrEmpty(Smtp.Password))
        {
            problems.Add("Samverkan:Digest:Smtp:UserName är satt men lösenordet är det inte (Samverkan__Digest__Smtp__Password).");
        }

        if (!Core.Digests.RecipientAddress.TryNormalize(FromAddress, out _, out _))
        {
            problems.Add("Samverkan:Digest:FromAddress måste vara avsändarens adress (t.ex. uppfoljning@stockholm.se).");
        }

        if (ClaimLease <= (Smtp.Timeout * 3 * Math.Max(1, Smtp.Attempts)) + (Smtp.RetryDelay * Math.Pow(2, Math.Max(0, Smtp.Attempts - 1))))
        {
            problems.Add("Samverkan:Digest:ClaimLease måste vara längre än ett utskick med alla omförsök kan ta, annars kan två servrar skicka samma meddelande.");
        }

        return problems;
    }

    /// <summary>The problem, for an administrator, when no SMTP server is set: nothing can be sent.</summary>
    public const string NoSmtpHost = "Samverkan:Digest:Smtp:Host är inte satt (Samverkan__Digest__Smtp__Host), så inget kan skickas.";

    /// <summary>The problem, for an administrator, when <paramref name="security"/> is not a MailKit security option.</summary>
    internal static string SecurityProblem(string? security) =>
        $"Samverkan:Digest:Smtp:Security '{security}' är inte en av StartTls, SslOnConnect, StartTlsWhenAvailable, Auto, None.";

    /// <summary>The schedules' time zone.</summary>
    internal bool TryTimeZone(out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }

    private static bool? Flag(string? text, string name) => text is null ? null
        : bool.TryParse(text, out var value) ? value
        : throw new ArgumentException($"{name} måste vara true eller false.");

    private static int? Number(string? text, string name) => text is null ? null
        : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"{name} måste vara ett heltal.");

    private static TimeSpan? Duration(string? text, string name) => text is null ? null
        : TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"{name} måste vara en tidslängd som 00:00:30.");
}
