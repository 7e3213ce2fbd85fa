using System.Text.Json;
using System.Text.Json.Serialization;
using CareCommunity.Domain.Json.Contracts;
using CareCommunity.Domain.Json.Converters;

namespace CareCommunity.Domain.Json;

/// <summary>
/// The source-generated System.Text.Json context for every contract of the library. It is strict: unknown members,
/// missing required members, duplicate members and nulls where the contract does not allow them are errors with their
/// path. Instants are ISO-8601 in UTC (<c>2021-03-01T09:00:00Z</c>) through NodaTime.Serialization.SystemTextJson's
/// <see cref="NodaTime.Serialization.SystemTextJson.NodaConverters.InstantConverter"/>; dates are ISO <c>yyyy-MM-dd</c> through NodaTime.Serialization.SystemTextJson's
/// <see cref="NodaTime.Serialization.SystemTextJson.NodaConverters.LocalDateConverter"/>; optional members are omitted
/// when null on writing. Use <see cref="CareCommunityJsonContext.Default"/>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    WriteIndented = true,
    Converters = [typeof(IsoLocalDateConverter), typeof(IsoInstantConverter)])]
[JsonSerializable(typeof(CareCommunityDocumentContract))]
[JsonSerializable(typeof(PlaceDocumentContract))]
[JsonSerializable(typeof(ValidationReportContract))]
[JsonSerializable(typeof(ValidationBatchContract))]
[JsonSerializable(typeof(RuleCatalogueContract))]
[JsonSerializable(typeof(OperationOutcomeContract))]
[JsonSerializable(typeof(MaturityRecordContract))]
[JsonSerializable(typeof(MaturityStandingReportContract))]
[JsonSerializable(typeof(QualityPlanContract))]
[JsonSerializable(typeof(MeasureSeriesDocumentContract))]
[JsonSerializable(typeof(SpcResultContract))]
[JsonSerializable(typeof(MeetingDocumentContract))]
[JsonSerializable(typeof(DisputeDocumentContract))]
[JsonSerializable(typeof(DecisionReportContract))]
[JsonSerializable(typeof(DisputeStatusReportContract))]
public sealed partial class CareCommunityJsonContext : JsonSerializerContext;
