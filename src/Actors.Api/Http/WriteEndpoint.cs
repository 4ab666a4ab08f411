using Microsoft.AspNetCore.Http;

namespace Actors.Api.Http;

/// <summary>The read → validate → act shape every write endpoint shares.</summary>
internal static class WriteEndpoint
{
    public static async Task<IResult> Handle<TRequest>(
        HttpRequest request,
        Func<TRequest, Problems, Task> validate,
        Func<TRequest, Task<IResult>> act) where TRequest : class
    {
        var (body, problem) = await JsonBody.ReadAsync<TRequest>(request, request.HttpContext.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }
        var errors = new Problems();
        await validate(body!, errors);
        return errors.Any ? errors.ToResult() : await act(body!);
    }

    /// <summary>A validation of plain field checks, with nothing to look up.</summary>
    public static Func<T, Problems, Task> Check<T>(Action<T, Problems> check) => (r, errors) =>
    {
        check(r, errors);
        return Task.CompletedTask;
    };
}
