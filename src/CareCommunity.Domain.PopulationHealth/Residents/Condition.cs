namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// A long-term condition a resident can live with: the fourteen conditions named by rule (d) of the proposed definition
/// of complexity (CPX-1, seed 001 l.280), with stroke and transient ischaemic attack recorded separately, then the other
/// long-term conditions a register holds. Learning disability, autism and serious mental illness are not conditions
/// here: they are their own criteria of CPX-1 and their own flags on <see cref="Resident"/>.
/// </summary>
/// <remarks>
/// The order and the numbers are part of the wire contract (bit <c>n</c> of a <see cref="ConditionSet"/> is condition
/// <c>n</c>); add new members at the end only. The kebab-case names are <see cref="ConditionNames"/>.
/// </remarks>
public enum Condition : byte
{
    /// <summary>Hypertension (<c>hypertension</c>); CPX-1 (d).</summary>
    Hypertension = 0,

    /// <summary>Depression (<c>depression</c>); CPX-1 (d).</summary>
    Depression = 1,

    /// <summary>Asthma (<c>asthma</c>); CPX-1 (d).</summary>
    Asthma = 2,

    /// <summary>Diabetes (<c>diabetes</c>); CPX-1 (d).</summary>
    Diabetes = 3,

    /// <summary>Coronary heart disease (<c>coronary-heart-disease</c>), the seed's "CHD"; CPX-1 (d).</summary>
    CoronaryHeartDisease = 4,

    /// <summary>Chronic kidney disease (<c>chronic-kidney-disease</c>), the seed's "CKD"; CPX-1 (d).</summary>
    ChronicKidneyDisease = 5,

    /// <summary>Hypothyroidism (<c>hypothyroidism</c>); CPX-1 (d).</summary>
    Hypothyroidism = 6,

    /// <summary>Stroke (<c>stroke</c>); CPX-1 (d), "Stroke or Transient Ischaemic Attacks".</summary>
    Stroke = 7,

    /// <summary>Transient ischaemic attack (<c>transient-ischaemic-attack</c>); CPX-1 (d), "Stroke or Transient Ischaemic Attacks".</summary>
    TransientIschaemicAttack = 8,

    /// <summary>Chronic obstructive pulmonary disease (<c>copd</c>); CPX-1 (d).</summary>
    Copd = 9,

    /// <summary>Cancer (<c>cancer</c>); CPX-1 (d).</summary>
    Cancer = 10,

    /// <summary>Atrial fibrillation (<c>atrial-fibrillation</c>); CPX-1 (d).</summary>
    AtrialFibrillation = 11,

    /// <summary>Heart failure (<c>heart-failure</c>); CPX-1 (d).</summary>
    HeartFailure = 12,

    /// <summary>Epilepsy (<c>epilepsy</c>); CPX-1 (d).</summary>
    Epilepsy = 13,

    /// <summary>Dementia (<c>dementia</c>); CPX-1 (d).</summary>
    Dementia = 14,

    /// <summary>Peripheral arterial disease (<c>peripheral-arterial-disease</c>); a register condition outside CPX-1 (d).</summary>
    PeripheralArterialDisease = 15,

    /// <summary>Rheumatoid arthritis (<c>rheumatoid-arthritis</c>); a register condition outside CPX-1 (d).</summary>
    RheumatoidArthritis = 16,

    /// <summary>Osteoporosis (<c>osteoporosis</c>); a register condition outside CPX-1 (d).</summary>
    Osteoporosis = 17,

    /// <summary>Parkinson's disease (<c>parkinsons-disease</c>); a register condition outside CPX-1 (d).</summary>
    ParkinsonsDisease = 18,

    /// <summary>Multiple sclerosis (<c>multiple-sclerosis</c>); a register condition outside CPX-1 (d).</summary>
    MultipleSclerosis = 19,

    /// <summary>Chronic liver disease (<c>chronic-liver-disease</c>); a register condition outside CPX-1 (d).</summary>
    ChronicLiverDisease = 20,
}
