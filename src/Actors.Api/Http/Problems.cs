using Actors.Domain;

namespace Actors.Api.Http;

/// <summary>Collects the refusals of one request's fields; every 400 this API gives names the fields at fault.</summary>
public sealed class Problems
{
    private readonly List<Refusal> _refusals = [];

    public bool Any => _refusals.Count > 0;

    public IReadOnlyList<Refusal> Refusals => _refusals;

    public Problems Add(Refusal? refusal)
    {
        if (refusal is not null)
        {
            _refusals.Add(refusal);
        }
        return this;
    }

    public Problems Add(IEnumerable<Refusal> refusals)
    {
        _refusals.AddRange(refusals);
        return this;
    }

    public Problems Add(string field, string en, string zh) => Add(Refusal.Invalid(field, en, zh));

    public Refused ToResult() => new(_refusals);

    public static Refused Field(string field, string en, string zh) => new(Refusal.Invalid(field, en, zh));
}
