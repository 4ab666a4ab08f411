using Actors.Domain;

namespace Actors.Contracts;

// The rules' refusal travels from grains to the API as it is: the rules project knows nothing of Orleans, so it gets a
// surrogate here, like the rules' figures (Statistics/RuleFigureSurrogates.cs).

[GenerateSerializer, Alias("bg.Refusal")]
public struct RefusalSurrogate
{
    [Id(0)] public RefusalKind Kind;
    [Id(1)] public string En;
    [Id(2)] public string Zh;
    [Id(3)] public string? Field;
    [Id(4)] public string? Rule;
}

[RegisterConverter]
public sealed class RefusalConverter : IConverter<Refusal, RefusalSurrogate>
{
    public Refusal ConvertFromSurrogate(in RefusalSurrogate s) => new(s.Kind, new Words(s.En, s.Zh), s.Field) { Rule = s.Rule };

    public RefusalSurrogate ConvertToSurrogate(in Refusal r) => new() { Kind = r.Kind, En = r.Detail.En, Zh = r.Detail.Zh, Field = r.Field, Rule = r.Rule };
}

[GenerateSerializer, Alias("bg.Words")]
public struct WordsSurrogate
{
    [Id(0)] public string En;
    [Id(1)] public string Zh;
}

[RegisterConverter]
public sealed class WordsConverter : IConverter<Words, WordsSurrogate>
{
    public Words ConvertFromSurrogate(in WordsSurrogate s) => new(s.En, s.Zh);

    public WordsSurrogate ConvertToSurrogate(in Words w) => new() { En = w.En, Zh = w.Zh };
}
