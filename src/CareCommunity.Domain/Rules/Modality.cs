using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.Rules;

/// <summary>
/// How strongly a source states a rule, read from its wording (docs/decisions/0015). The modality fixes the default
/// <see cref="Severity"/> of every issue a rule raises: "must / will / required" is an error, "should" a warning,
/// "may / suggested / could" information.
/// </summary>
public enum Modality
{
    /// <summary>"must", "will", "is required to": breaking it is an <see cref="Severity.Error"/>.</summary>
    Must = 0,

    /// <summary>"should": breaking it is a <see cref="Severity.Warning"/>.</summary>
    Should = 1,

    /// <summary>"may", "can", "it is suggested", "could": a departure is <see cref="Severity.Information"/>.</summary>
    May = 2,

    /// <summary>
    /// The source does not state it: the library's own reading (a model constraint, or a check the source implies).
    /// Such an issue is never more than information by default unless it guards the model's integrity, and its
    /// severity is an option; the definition says which reading it is.
    /// </summary>
    LibraryReading = 3,

    /// <summary>
    /// Not a sentence of any source: the document must hold together for its rules to be read at all (ids unique,
    /// references resolve, values in range, dates not after the evaluation date). Breaking it is an error.
    /// </summary>
    DocumentIntegrity = 4,
}

/// <summary>Maps a <see cref="Modality"/> to its default severity.</summary>
public static class ModalityExtensions
{
    /// <summary>The severity a source's wording gives: must → error, should → warning, may → information.</summary>
    /// <param name="modality">The modality.</param>
    /// <returns>The default severity; <see cref="Modality.LibraryReading"/> gives information and
    /// <see cref="Modality.DocumentIntegrity"/> an error.</returns>
    public static Severity DefaultSeverity(this Modality modality) => modality switch
    {
        Modality.Must or Modality.DocumentIntegrity => Severity.Error,
        Modality.Should => Severity.Warning,
        _ => Severity.Information,
    };
}
