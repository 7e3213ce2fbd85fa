using CareCommunity.Domain.Json.PopulationHealth;
using CareCommunity.Domain.PopulationHealth;
using Parquet;
using Parquet.Schema;

namespace CareCommunity.Cli.Output;

/// <summary>
/// Writes <c>classify</c> results as Parquet (for pandas, R, DuckDB) through Parquet.Net, in row groups of
/// <see cref="RowGroupSize"/> rows: only one row group is held in memory, whatever the number of residents. The columns
/// are those of the NDJSON result record; criteria are <c>;</c>-joined; <c>risk</c> only when the risk axis is on.
/// </summary>
internal sealed class ParquetResultSink : IClassifiedResidentSink, IDisposable
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 100_000;

    private static readonly string[] Stages = [.. Enum.GetValues<StageOfLife>().Select(SegmentNames.Name)];
    private static readonly string[] Needs = [.. Enum.GetValues<HolisticNeed>().Select(SegmentNames.Name)];
    private static readonly string[] Criteria = [.. Enumerable.Range(0, 16).Select(i => ResultWords.Criteria((ComplexityCriteria)i))];

    private readonly ParquetWriter _writer;
    private readonly DataField<long> _line = new("line");
    private readonly DataField<string> _id = new("id");
    private readonly DataField<string> _careCommunity = new("careCommunity");
    private readonly DataField<int> _age = new("age");
    private readonly DataField<string> _stage = new("stageOfLife");
    private readonly DataField<string> _need = new("need");
    private readonly DataField<bool> _complex = new("complex");
    private readonly DataField<string> _criteria = new("criteria");
    private readonly DataField<int> _ltc = new("longTermConditions");
    private readonly DataField<string> _frailty = new("frailty");
    private readonly DataField<bool> _core20 = new("core20");
    private readonly DataField<string>? _risk;
    private readonly long[] _lines = new long[RowGroupSize];
    private readonly string[] _ids = new string[RowGroupSize];
    private readonly string[] _communities = new string[RowGroupSize];
    private readonly int[] _ages = new int[RowGroupSize];
    private readonly string[] _stages = new string[RowGroupSize];
    private readonly string[] _needs = new string[RowGroupSize];
    private readonly bool[] _complexes = new bool[RowGroupSize];
    private readonly string[] _criterias = new string[RowGroupSize];
    private readonly int[] _ltcs = new int[RowGroupSize];
    private readonly string[] _frailties = new string[RowGroupSize];
    private readonly bool[] _core20s = new bool[RowGroupSize];
    private readonly string[] _risks;
    private int _count;

    /// <summary>Creates the sink.</summary>
    /// <param name="output">The Parquet file's stream.</param>
    /// <param name="risk">True when the risk axis is on (adds the <c>risk</c> column).</param>
    public ParquetResultSink(Stream output, bool risk)
    {
        _risk = risk ? new DataField<string>("risk") : null;
        _risks = risk ? new string[RowGroupSize] : [];
        Field[] fields = [_line, _id, _careCommunity, _age, _stage, _need, _complex, _criteria, _ltc, _frailty, _core20];
        var schema = new ParquetSchema(_risk is null ? fields : [.. fields, _risk]);
        _writer = ParquetWriter.CreateAsync(schema, output).GetAwaiter().GetResult();
    }

    /// <inheritdoc/>
    public void Write(ReadOnlySpan<ClassifiedResident> results)
    {
        foreach (ref readonly var r in results)
        {
            var c = r.Classification;
            _lines[_count] = r.Line;
            _ids[_count] = r.Resident.Id.Value;
            _communities[_count] = r.Resident.CareCommunity.Value;
            _ages[_count] = c.Age;
            _stages[_count] = Stages[(int)c.StageOfLife];
            _needs[_count] = Needs[(int)c.HolisticNeed];
            _complexes[_count] = c.IsComplex;
            _criterias[_count] = Criteria[(int)c.Criteria & 15];
            _ltcs[_count] = c.LongTermConditionCount;
            _frailties[_count] = ResultWords.Frailty(c.Frailty);
            _core20s[_count] = c.IsCore20;
            if (_risk is not null)
            {
                _risks[_count] = c.Risk == RiskLevel.High ? "high" : "low";
            }

            if (++_count == RowGroupSize)
            {
                Flush();
            }
        }
    }

    /// <summary>Writes the last row group and closes the file.</summary>
    public void Dispose()
    {
        Flush();
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        using (var group = _writer.CreateRowGroup())
        {
            Write(group, _line, _lines);
            Write(group, _id, _ids);
            Write(group, _careCommunity, _communities);
            Write(group, _age, _ages);
            Write(group, _stage, _stages);
            Write(group, _need, _needs);
            Write(group, _complex, _complexes);
            Write(group, _criteria, _criterias);
            Write(group, _ltc, _ltcs);
            Write(group, _frailty, _frailties);
            Write(group, _core20, _core20s);
            if (_risk is not null)
            {
                Write(group, _risk, _risks);
            }
        }

        Array.Clear(_ids);
        _count = 0;
    }

    private void Write<T>(ParquetRowGroupWriter group, DataField<T> field, T[] values)
        where T : struct =>
        group.WriteAsync<T>(field, values.AsMemory(0, _count), null, null, default).GetAwaiter().GetResult();

    private void Write(ParquetRowGroupWriter group, DataField<string> field, string[] values) =>
        group.WriteAsync(field, new ArraySegment<string>(values, 0, _count), null).GetAwaiter().GetResult();
}
