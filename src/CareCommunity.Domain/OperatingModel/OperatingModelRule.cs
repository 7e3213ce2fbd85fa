using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;

namespace CareCommunity.Domain.OperatingModel;

/// <summary>
/// A rule of the Care Communities Operating Model: one type per rule, in the folder of its concept, checked on a
/// <see cref="CareCommunityDraft"/>. <see cref="OperatingModelRules.All"/> lists them; the validator runs each on
/// every document.
/// </summary>
public abstract class OperatingModelRule : DocumentRule<CareCommunityDraft, OperatingModelContext>
{
    /// <summary>The rule's id, e.g. <c>CC-2</c>.</summary>
    public RuleId Id => Descriptor.Id;

    /// <summary>Starts an evaluation of this rule with the user's severity overrides.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The evaluation.</returns>
    protected RuleEvaluation Begin(OperatingModelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new RuleEvaluation(Descriptor, context.SeverityOverrides);
    }

    /// <summary>Raises <see cref="DocumentIntegrity.UnknownPerson"/> under this rule when no such person is listed.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="context">The context.</param>
    /// <param name="person">The reference.</param>
    /// <param name="at">Where it stands.</param>
    /// <returns>True when the person is listed.</returns>
    protected static bool CheckListed(RuleEvaluation evaluation, OperatingModelContext context, PersonId person, DocumentPath at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsListed(person))
        {
            return true;
        }

        if (context.SomePeopleUnread)
        {
            evaluation.CouldNotEvaluate("some people in $.people could not be read, so a reference to one of them cannot be resolved.");
            return false;
        }

        evaluation.Raise(DocumentIntegrity.UnknownPerson, at, $"No person with id '{person}' is listed in $.people.", person.Value);
        return false;
    }

    /// <summary>Raises <see cref="DocumentIntegrity.UnknownOrganisation"/> under this rule when no such organisation is listed.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="context">The context.</param>
    /// <param name="organisation">The reference.</param>
    /// <param name="at">Where it stands.</param>
    /// <returns>True when the organisation is listed.</returns>
    protected static bool CheckListed(RuleEvaluation evaluation, OperatingModelContext context, OrganisationId organisation, DocumentPath at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsListed(organisation))
        {
            return true;
        }

        if (context.SomeOrganisationsUnread)
        {
            evaluation.CouldNotEvaluate("some organisations in $.organisations could not be read, so a reference to one of them cannot be resolved.");
            return false;
        }

        evaluation.Raise(DocumentIntegrity.UnknownOrganisation, at, $"No organisation with id '{organisation}' is listed in $.organisations.", organisation.Value);
        return false;
    }

    /// <summary>Raises <see cref="DocumentIntegrity.DateInFuture"/> when a date is after the evaluation date (none is checked without one).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="context">The context.</param>
    /// <param name="date">The date.</param>
    /// <param name="what">What is dated, e.g. "Risk 'r1' is raised".</param>
    /// <param name="at">Where it stands.</param>
    /// <returns>True when the date is not after the evaluation date.</returns>
    protected static bool CheckNotFuture(RuleEvaluation evaluation, OperatingModelContext context, NodaTime.LocalDate date, string what, DocumentPath at)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.AsOf is not { } asOf || date <= asOf)
        {
            return true;
        }

        evaluation.Raise(DocumentIntegrity.DateInFuture, at,
            $"{what} on {ModelText.Date(date)}, after the date the document is evaluated on ({ModelText.Date(asOf)}).", ModelText.Date(date));
        return false;
    }
}
