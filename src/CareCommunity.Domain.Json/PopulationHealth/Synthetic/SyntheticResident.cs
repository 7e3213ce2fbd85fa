using System.Runtime.CompilerServices;
using NodaTime;

namespace CareCommunity.Domain.Json.PopulationHealth;

/// <summary>How a generated resident's frailty is given on the wire.</summary>
internal enum FrailtyKind : byte
{
    /// <summary>Not assessed: no <c>frailty</c> member.</summary>
    None,

    /// <summary><c>{"level": …}</c>; the value is 0 fit, 1 mild, 2 moderate, 3 severe.</summary>
    Level,

    /// <summary><c>{"efi": …}</c>; the value is the eFI in hundredths.</summary>
    Efi,

    /// <summary><c>{"cfs": …}</c>; the value is the Clinical Frailty Scale score.</summary>
    Cfs,
}

/// <summary>Up to 32 diagnosis codes (indexes into <see cref="SyntheticDiagnoses.Codes"/>).</summary>
[InlineArray(32)]
internal struct DiagnosisBuffer
{
    private byte _first;
}

/// <summary>One generated resident, before it is written (no allocation: a value filled in place).</summary>
internal struct SyntheticResident
{
    /// <summary>The resident's 1-based number (its id is <c>ce-</c> and the number, 7 digits at least).</summary>
    public long Number;

    /// <summary>The community's index in <see cref="SyntheticModel.Communities"/>.</summary>
    public int Community;

    /// <summary>The birth date.</summary>
    public LocalDate BirthDate;

    /// <summary>Bit i set = condition i of <see cref="Contracts.ResidentContract.ConditionNames"/>.</summary>
    public uint Conditions;

    /// <summary>On the learning disability register.</summary>
    public bool LearningDisability;

    /// <summary>Autistic.</summary>
    public bool Autism;

    /// <summary>On the serious mental illness register.</summary>
    public bool SeriousMentalIllness;

    /// <summary>The IMD decile, 1..10, or 0 when unknown (no member written).</summary>
    public int Decile;

    /// <summary>How frailty is given.</summary>
    public FrailtyKind FrailtyKind;

    /// <summary>The frailty value (see <see cref="FrailtyKind"/>).</summary>
    public int FrailtyValue;

    /// <summary>The frailty level behind the value: 0 fit … 3 severe (for tests and the calibration table).</summary>
    public int FrailtyLevel;

    /// <summary>The diagnosis codes.</summary>
    public DiagnosisBuffer Diagnoses;

    /// <summary>How many of <see cref="Diagnoses"/> are used.</summary>
    public int DiagnosisCount;
}

/// <summary>The ICD-10 codes written in <c>diagnoses</c>: a few usual codes per condition (with and without the dot),
/// and the odd ones written only when asked (codes no mapping knows, and one that is not ICD-10 at all).</summary>
internal static class SyntheticDiagnoses
{
    /// <summary>Every code, by index.</summary>
    public static readonly string[] Codes;

    /// <summary>Every code in UTF-8.</summary>
    public static readonly byte[][] Utf8Codes;

    /// <summary>Per condition (wire order), the indexes of its codes.</summary>
    public static readonly byte[][] ByCondition;

    /// <summary>The codes for learning disability, autism and serious mental illness.</summary>
    public static readonly byte[] LearningDisability, Autism, SeriousMentalIllness;

    /// <summary>The codes written with <see cref="SyntheticPopulationSettings.UnknownDiagnoses"/>: not mapped to any condition.</summary>
    public static readonly byte[] Unknown;

    /// <summary>The share of residents given one unknown code when asked: 0.5%.</summary>
    public const double UnknownShare = 0.005;

    /// <summary>The chance that a held condition also comes with a code: 30%.</summary>
    public const double CodedShare = 0.30;

    private static readonly string[][] ConditionCodes =
    [
        ["I10"],                              // hypertension
        ["F32.9", "F33.9", "F329"],           // depression
        ["J45.9", "J45", "J459"],             // asthma
        ["E11.9", "E119", "E11", "E10.9"],    // diabetes
        ["I25.1", "I25.9", "I20.9"],          // coronary heart disease
        ["N18.3", "N18.4", "N18.5"],          // chronic kidney disease (stages 3-5)
        ["E03.9", "E039"],                    // hypothyroidism
        ["I63.9", "I64"],                     // stroke
        ["G45.9", "G459"],                    // TIA
        ["J44.9", "J449"],                    // COPD
        ["C50.9", "C61", "C18.9", "C34.9"],   // cancer
        ["I48.9", "I48"],                     // atrial fibrillation
        ["I50.0", "I50.9"],                   // heart failure
        ["G40.9", "G409"],                    // epilepsy
        ["F03", "G30.9", "F01.9"],            // dementia
        ["I73.9"],                            // peripheral arterial disease
        ["M06.9", "M05.9"],                   // rheumatoid arthritis
        ["M81.0", "M81.9"],                   // osteoporosis
        ["G20"],                              // Parkinson's disease
        ["G35"],                              // multiple sclerosis
        ["K74.6", "K70.3"],                   // chronic liver disease
    ];

    static SyntheticDiagnoses()
    {
        var codes = new List<string>();
        byte[] Add(params string[] items)
        {
            var indexes = new byte[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                indexes[i] = checked((byte)codes.Count);
                codes.Add(items[i]);
            }

            return indexes;
        }

        ByCondition = [.. ConditionCodes.Select(Add)];
        LearningDisability = Add("F70", "F71", "F79");
        Autism = Add("F84.0", "F840");
        SeriousMentalIllness = Add("F20.9", "F31.9", "F25.9");
        Unknown = Add("R69", "Z99.9", "U07.1", "XX9.9");
        Codes = [.. codes];
        Utf8Codes = [.. codes.Select(System.Text.Encoding.ASCII.GetBytes)];
    }
}
