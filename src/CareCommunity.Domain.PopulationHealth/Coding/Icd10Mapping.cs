using System.Collections.Immutable;

namespace CareCommunity.Domain.PopulationHealth;

/// <summary>
/// One line of an <see cref="Icd10Mapping"/>: the codes that mean a finding, and the codes within them that do not.
/// </summary>
/// <param name="Finding">The finding.</param>
/// <param name="Ranges">The codes that mean it.</param>
/// <param name="Excluding">The codes inside <paramref name="Ranges"/> that do not (e.g. C44 within C00-C97).</param>
/// <param name="Note">Why the ranges are these, for the documentation table.</param>
public sealed record Icd10MappingEntry(CodedFinding Finding, ImmutableArray<Icd10Range> Ranges, ImmutableArray<Icd10Range> Excluding, string Note)
{
    /// <summary>True when a normalised code is in the entry's ranges and not excluded.</summary>
    /// <param name="normalized">The code, upper case without the dot.</param>
    /// <returns>True when it means the finding.</returns>
    public bool Matches(ReadOnlySpan<char> normalized) => InRanges(normalized) && !IsExcluded(normalized);

    /// <summary>True when a normalised code is inside the entry's ranges, excluded or not.</summary>
    /// <param name="normalized">The code.</param>
    /// <returns>True when inside.</returns>
    public bool InRanges(ReadOnlySpan<char> normalized)
    {
        foreach (var range in Ranges)
        {
            if (range.Contains(normalized))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a normalised code is one of the entry's exclusions.</summary>
    /// <param name="normalized">The code.</param>
    /// <returns>True when excluded.</returns>
    public bool IsExcluded(ReadOnlySpan<char> normalized)
    {
        foreach (var range in Excluding)
        {
            if (range.Contains(normalized))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What looking a code up in an <see cref="Icd10Mapping"/> found.</summary>
public enum Icd10LookupStatus
{
    /// <summary>The code means a finding.</summary>
    Mapped = 0,

    /// <summary>A well-formed ICD-10 code the mapping does not map (e.g. J18 pneumonia, N18.2 CKD stage 2). Reported, not dropped.</summary>
    NotMapped = 1,

    /// <summary>A code inside a mapped range that the mapping excludes on purpose (e.g. C44 within cancer C00-C97). Reported, not dropped.</summary>
    Excluded = 2,

    /// <summary>Not shaped like an ICD-10 code at all. Reported, not dropped.</summary>
    Malformed = 3,
}

/// <summary>The outcome of looking one code up: its status and, when mapped, the finding.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Finding">The finding when <see cref="Icd10LookupStatus.Mapped"/>; otherwise the default.</param>
public readonly record struct Icd10Lookup(Icd10LookupStatus Status, CodedFinding Finding)
{
    /// <summary>True when the code means a finding.</summary>
    public bool IsMapped => Status == Icd10LookupStatus.Mapped;

    /// <summary>Why a code that was not mapped was not, in words.</summary>
    /// <param name="code">The code as given.</param>
    /// <returns>The message.</returns>
    public string Describe(string code) => Status switch
    {
        Icd10LookupStatus.Mapped => $"'{code}' means {Finding}.",
        Icd10LookupStatus.Excluded => $"'{code}' lies in a mapped range but is excluded from it on purpose (see the ICD-10 mapping table); it is not counted.",
        Icd10LookupStatus.NotMapped => $"'{code}' is an ICD-10 code the mapping does not map to any condition; it is not counted.",
        _ => $"'{code}' is not an ICD-10 code (a letter, two digits, then up to four letters or digits, with or without a dot after the third character).",
    };
}

/// <summary>
/// Maps ICD-10 codes onto the <see cref="Condition"/>s and the learning disability, autism and serious mental illness
/// flags, by public code ranges (decision 0043). Codes are read with or without the dot and in any case. A code that
/// is not mapped is never silently dropped: <see cref="Lookup(ReadOnlySpan{char})"/> says why, and <see cref="MapAll"/> lists it.
/// </summary>
/// <remarks>
/// The shipped table is <see cref="Default"/>, documented in <c>docs/population-health-coding.md</c> (generated from
/// <see cref="Entries"/>). SNOMED CT users map their codes with <see cref="ClusterMapping"/> instead. Entries must not
/// overlap; the first entry whose ranges hold a code decides it.
/// </remarks>
public sealed class Icd10Mapping
{
    /// <summary>Creates a mapping from entries.</summary>
    /// <param name="entries">The entries.</param>
    /// <exception cref="ArgumentException">No entries.</exception>
    public Icd10Mapping(IEnumerable<Icd10MappingEntry> entries)
    {
        Entries = Guard.Against.Null(entries).ToImmutableArray();
        Guard.Against.InvalidInput(Entries, nameof(entries), e => !e.IsEmpty, "A mapping needs at least one entry.");
    }

    /// <summary>The library's mapping: the public ICD-10 ranges of every condition and flag (decision 0043).</summary>
    public static Icd10Mapping Default { get; } = new(DefaultEntries());

    /// <summary>The entries, in order.</summary>
    public ImmutableArray<Icd10MappingEntry> Entries { get; }

    /// <summary>Maps a code; does not allocate.</summary>
    /// <param name="code">The code, e.g. <c>E11.9</c> or <c>e119</c>.</param>
    /// <param name="finding">The finding, when mapped.</param>
    /// <returns>True when the code means a finding; false for anything else (use <see cref="Lookup(ReadOnlySpan{char})"/> to know why).</returns>
    public bool TryMap(ReadOnlySpan<char> code, out CodedFinding finding)
    {
        var lookup = Lookup(code);
        finding = lookup.Finding;
        return lookup.IsMapped;
    }

    /// <summary>Maps a code given as UTF-8 bytes; does not allocate.</summary>
    /// <param name="utf8">The code's bytes, e.g. <c>"E11.9"u8</c>.</param>
    /// <param name="finding">The finding, when mapped.</param>
    /// <returns>True when the code means a finding.</returns>
    public bool TryMap(ReadOnlySpan<byte> utf8, out CodedFinding finding)
    {
        var lookup = Lookup(utf8);
        finding = lookup.Finding;
        return lookup.IsMapped;
    }

    /// <summary>Looks a code given as UTF-8 bytes up; does not allocate. Anything but ASCII is malformed.</summary>
    /// <param name="utf8">The code's bytes.</param>
    /// <returns>The status and, when mapped, the finding.</returns>
    public Icd10Lookup Lookup(ReadOnlySpan<byte> utf8)
    {
        const int Longest = 32;
        if (utf8.Length > Longest)
        {
            return new Icd10Lookup(Icd10LookupStatus.Malformed, default);
        }

        Span<char> chars = stackalloc char[Longest];
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] > 127)
            {
                return new Icd10Lookup(Icd10LookupStatus.Malformed, default);
            }

            chars[i] = (char)utf8[i];
        }

        return Lookup(chars[..utf8.Length]);
    }

    /// <summary>Looks a code up; does not allocate.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The status and, when mapped, the finding.</returns>
    public Icd10Lookup Lookup(ReadOnlySpan<char> code)
    {
        Span<char> buffer = stackalloc char[Icd10Code.MaxLength];
        if (!Icd10Code.TryNormalize(code, buffer, out var written))
        {
            return new Icd10Lookup(Icd10LookupStatus.Malformed, default);
        }

        var normalized = buffer[..written];
        foreach (var entry in Entries)
        {
            if (entry.InRanges(normalized))
            {
                return entry.IsExcluded(normalized)
                    ? new Icd10Lookup(Icd10LookupStatus.Excluded, default)
                    : new Icd10Lookup(Icd10LookupStatus.Mapped, entry.Finding);
            }
        }

        return new Icd10Lookup(Icd10LookupStatus.NotMapped, default);
    }

    /// <summary>Maps every code of a resident: the findings, and each code not mapped with the reason.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>The findings and the codes not mapped, in the order given.</returns>
    public Icd10Mapped MapAll(IEnumerable<string> codes)
    {
        Guard.Against.Null(codes);
        var findings = CodedFindings.None;
        var unmapped = ImmutableArray.CreateBuilder<UnmappedCode>();
        foreach (var code in codes)
        {
            var lookup = Lookup((code ?? "").AsSpan());
            if (lookup.IsMapped)
            {
                findings = findings.Add(lookup.Finding);
            }
            else
            {
                unmapped.Add(new UnmappedCode(code ?? "", lookup.Status, lookup.Describe(code ?? "")));
            }
        }

        return new Icd10Mapped(findings, unmapped.ToImmutable());
    }

    private static IEnumerable<Icd10MappingEntry> DefaultEntries()
    {
        static Icd10MappingEntry E(CodedFinding finding, string ranges, string note, string excluding = "") =>
            new(finding, Parse(ranges), Parse(excluding), note);

        static ImmutableArray<Icd10Range> Parse(string ranges) =>
        [
            .. ranges.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => r.Split('-') is [var from, var to] ? Icd10Range.Of(from, to) : Icd10Range.Of(r)),
        ];

        static CodedFinding C(Condition condition) => CodedFinding.Of(condition);

        return
        [
            E(C(Condition.Hypertension), "I10-I15", "Hypertensive diseases, essential and secondary."),
            E(C(Condition.Depression), "F32-F33", "Depressive episode and recurrent depressive disorder."),
            E(C(Condition.Asthma), "J45-J46", "Asthma and status asthmaticus."),
            E(C(Condition.Diabetes), "E10-E14", "Diabetes mellitus of every type."),
            E(C(Condition.CoronaryHeartDisease), "I20-I25", "Ischaemic heart diseases."),
            E(C(Condition.ChronicKidneyDisease), "N18.3-N18.5", "CKD stages 3 to 5, as the CKD register counts; stages 1-2, unspecified N18 and N18.9 are not mapped."),
            E(C(Condition.Hypothyroidism), "E03", "Other hypothyroidism (the register's primary hypothyroidism)."),
            E(C(Condition.Stroke), "I60-I64", "Haemorrhagic and ischaemic stroke and stroke not specified."),
            E(C(Condition.TransientIschaemicAttack), "G45", "Transient cerebral ischaemic attacks; G45.4 transient global amnesia is not a TIA.", "G45.4"),
            E(C(Condition.Copd), "J44", "Other chronic obstructive pulmonary disease."),
            E(C(Condition.Cancer), "C00-C97", "Malignant neoplasms; C44 (other skin, chiefly basal cell carcinoma) excluded as the cancer register excludes non-melanoma skin cancer.", "C44"),
            E(C(Condition.AtrialFibrillation), "I48", "Atrial fibrillation and flutter."),
            E(C(Condition.HeartFailure), "I50", "Heart failure."),
            E(C(Condition.Epilepsy), "G40-G41", "Epilepsy and status epilepticus."),
            E(C(Condition.Dementia), "F00-F03, G30", "Dementia in its forms and Alzheimer's disease."),
            E(C(Condition.PeripheralArterialDisease), "I70.2, I73.9", "Atherosclerosis of the arteries of the extremities; peripheral vascular disease unspecified."),
            E(C(Condition.RheumatoidArthritis), "M05-M06", "Seropositive and other rheumatoid arthritis."),
            E(C(Condition.Osteoporosis), "M80-M81", "Osteoporosis with and without pathological fracture."),
            E(C(Condition.ParkinsonsDisease), "G20", "Parkinson's disease."),
            E(C(Condition.MultipleSclerosis), "G35", "Multiple sclerosis."),
            E(C(Condition.ChronicLiverDisease), "K70, K73-K74", "Alcoholic liver disease, chronic hepatitis, fibrosis and cirrhosis."),
            E(CodedFinding.LearningDisability, "F70-F79", "Mental retardation (intellectual disability), every degree."),
            E(CodedFinding.Autism, "F84.0, F84.1, F84.5", "Childhood autism, atypical autism and Asperger's syndrome; other pervasive developmental disorders (e.g. F84.2 Rett's) are not mapped."),
            E(CodedFinding.SeriousMentalIllness, "F20-F31", "Schizophrenia, schizotypal and delusional disorders, mania and bipolar affective disorder."),
        ];
    }
}

/// <summary>A code that was not mapped, and why. Reported, never silently dropped.</summary>
/// <param name="Code">The code as given.</param>
/// <param name="Status">Why it was not mapped.</param>
/// <param name="Message">The reason in words.</param>
public sealed record UnmappedCode(string Code, Icd10LookupStatus Status, string Message);

/// <summary>The outcome of mapping a resident's codes: the findings and the codes not mapped.</summary>
/// <param name="Findings">The findings.</param>
/// <param name="Unmapped">The codes not mapped, in the order given, each with its reason.</param>
public sealed record Icd10Mapped(CodedFindings Findings, ImmutableArray<UnmappedCode> Unmapped);
