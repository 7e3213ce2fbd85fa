namespace CareCommunity.Domain.Validation;

/// <summary>
/// What kind of problem an issue is. The kinds follow the FHIR <c>IssueType</c> codes health-IT integrators know,
/// so a report converts to an OperationOutcome without loss.
/// </summary>
public enum IssueKind
{
    /// <summary>The document's structure is wrong: malformed JSON, an unknown member, a wrong type (FHIR <c>structure</c>).</summary>
    Structure = 0,

    /// <summary>A required element is missing (FHIR <c>required</c>).</summary>
    Required = 1,

    /// <summary>An element's value is not allowed (FHIR <c>value</c>).</summary>
    Value = 2,

    /// <summary>A constraint across elements is broken, e.g. a reference to nothing (FHIR <c>invariant</c>).</summary>
    Invariant = 3,

    /// <summary>A rule of the care community model is broken (FHIR <c>business-rule</c>).</summary>
    BusinessRule = 4,

    /// <summary>The input is over a limit of what is read or reported (FHIR <c>too-costly</c>).</summary>
    TooCostly = 5,
}
