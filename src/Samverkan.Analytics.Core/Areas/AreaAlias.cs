namespace Samverkan.Analytics.Core.Areas;

/// <summary>
/// A publisher's spelling of an area (<c>Stadsdelsområde Spånga - Tensta (Sthlm)</c>), with its own
/// validity: BRÅ keeps Rinkeby-Kista through 2023 although the city merged it on 2023-07-01.
/// </summary>
/// <param name="Name">The spelling, matched case-insensitively after <see cref="AreaNames.Normalize"/>.</param>
/// <param name="Validity">When this spelling denotes the area; <see cref="DateRange.Always"/> = as the area.</param>
public sealed record AreaAlias(string Name, DateRange Validity);
