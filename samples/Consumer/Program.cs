// A customer's-eye check of the packed CareCommunity.Domain and CareCommunity.Domain.Json packages.
// Usage: dotnet run -- <path to a care community JSON document that should be valid>
// Exit codes: 0 all good; 1 a check failed; 2 usage error.
using CareCommunity.Domain.Json;
using CareCommunity.Domain.OperatingModel;
using CareCommunity.Domain.Rules;
using CareCommunity.Domain.Validation;
using NodaTime;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Consumer <care-community.json>");
    return 2;
}

var failures = 0;

void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures++;
    }
}

// 1. CareCommunity.Domain on its own: the rule catalogue, and a deliberately incomplete community that must come back
//    with issues (from Create or from the validator), never an exception.
var catalogue = RuleCatalogue.OperatingModel;
Console.WriteLine($"Rule catalogue: {catalogue.Rules.Count} rules");
foreach (var rule in catalogue.Rules)
{
    Console.WriteLine($"  {rule}");
}

Check(catalogue.Rules.Count > 0, "the operating model's rule catalogue is not empty");

var pcn = OrganisationId.Create("consumer-pcn");
var director = PersonId.Create("consumer-pcn-cd");
var created = LocalCareCommunity.Create(
    CareCommunityId.Create("consumer-check"),
    "Consumer check",
    PlaceId.Create("cheshire-east"),
    RegisteredPopulation.Create(30_000),
    alignedPcns: [pcn],
    organisations: [new Organisation(pcn, "Consumer PCN", PartnerKind.PrimaryCareNetwork)],
    people: [new Person(director, "A. Director", pcn, Profession.Doctor)],
    coreGroup: [new CoreGroupMember(director, CoreRole.PcnClinicalDirector)],
    leadershipTeam: [],
    reporting: new ReportingRecord(new LocalDate(2025, 4, 1), []),
    riskRegister: []);

ValidationReport incomplete;
if (created.TryGetValue(out var community))
{
    incomplete = new OperatingModelValidator().Validate(community, new LocalDate(2025, 9, 1));
    Console.WriteLine($"Incomplete community built; validator says {incomplete}");
}
else
{
    incomplete = ValidationReport.FromIssues(created.Issues);
    Console.WriteLine($"Incomplete community refused by Create; {incomplete}");
}

foreach (var issue in incomplete.Issues.Take(5))
{
    Console.WriteLine($"  {issue}");
}

Check(!incomplete.IsValid, "a community with seven vacant core roles is reported invalid");

// 2. CareCommunity.Domain.Json: the sample document validates from a file.
var path = args[0];
var result = CareCommunityDocument.ValidateFile(path);
var report = result.Report;
Console.WriteLine($"{path}: {report}");
foreach (var issue in report.Issues)
{
    Console.WriteLine($"  {issue}");
}

Check(report.IsValid, $"{Path.GetFileName(path)} is valid");

Console.WriteLine(failures == 0 ? "consumer check passed" : $"consumer check FAILED: {failures} check(s)");
return failures == 0 ? 0 : 1;
