namespace CareCommunity.Domain.Quality.Control;

/// <summary>Which way a measure improves: decides whether a special cause is improvement or concern.</summary>
public enum ImprovementDirection
{
    /// <summary>Neither higher nor lower is better: every special cause is "special cause neither" and there is no assurance.</summary>
    Neither = 0,

    /// <summary>Higher is better.</summary>
    Up = 1,

    /// <summary>Lower is better.</summary>
    Down = 2,
}
