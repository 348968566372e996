namespace Samverkan.Analytics.Core.Areas;

/// <summary>What kind of geography an area is. The catalogue spells these in kebab case.</summary>
public enum AreaKind
{
    /// <summary><c>municipality</c>: a kommun (Stockholm is <c>kommun-0180</c>).</summary>
    Municipality,

    /// <summary><c>district</c>: a stadsdelsområde.</summary>
    District,

    /// <summary><c>police-region</c>: a polisregion.</summary>
    PoliceRegion,

    /// <summary><c>police-area</c>: a polisområde (Nord, City, Syd).</summary>
    PoliceArea,

    /// <summary><c>local-police-area</c>: a lokalpolisområde.</summary>
    LocalPoliceArea,

    /// <summary><c>place</c>: a delimited place, e.g. one of the police's vulnerable areas.</summary>
    Place,
}
