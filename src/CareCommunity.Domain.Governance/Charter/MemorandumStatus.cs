namespace CareCommunity.Domain.Governance.Charter;

/// <summary>The standing of a version's text: a draft circulated for comment, or a text the Partners agreed.</summary>
public enum MemorandumStatus
{
    /// <summary>A draft, e.g. the November 2020 draft circulated to Councils (004 l.217, l.868-870).</summary>
    Draft = 0,

    /// <summary>A text the Partners agreed: the original once every Partner supported it (MOU-9), or a variation's text
    /// once the Board agreed it after consulting all Partners (MOU-8).</summary>
    Agreed = 1,
}
