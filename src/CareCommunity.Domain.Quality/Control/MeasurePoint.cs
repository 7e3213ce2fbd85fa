using NodaTime;

namespace CareCommunity.Domain.Quality.Control;

/// <summary>
/// One dated value of a measure, as given: a null <see cref="Value"/> is a gap, which <see cref="MeasureSeries.Create"/>
/// refuses. A ghosted point is plotted but excluded from every calculation and rule.
/// </summary>
/// <param name="Date">The date the value is for.</param>
/// <param name="Value">The value, or null for a missing value.</param>
/// <param name="IsGhosted">True to plot the point without using it.</param>
public sealed record MeasurePoint(LocalDate Date, decimal? Value, bool IsGhosted = false);
