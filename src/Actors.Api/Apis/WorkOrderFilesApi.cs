using Actors.Api.Files;
using Actors.Api.Http;
using Actors.Api.Json;
using Actors.Contracts.WorkOrders;
using Actors.Domain;
using Actors.Domain.WorkOrders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>A work order's photos of the premises and the client's signature: uploaded by the assignee, read by its institutions.</summary>
public static class WorkOrderFilesApi
{
    public static RouteGroupBuilder MapWorkOrderFilesApi(this IEndpointRouteBuilder app)
    {
        var files = app.ServiceProvider.GetRequiredService<WorkOrderFileStore>();
        var api = app.MapGroup("/api/work-orders/{id}/files").WithTags("Work orders");
        // Bounded while reading: the form reader stops at the limit instead of buffering whatever is sent.
        api.MapPost("/", AttachWorkOrderFile).WithName("AttachWorkOrderFile").DisableAntiforgery()
            .WithFormOptions(multipartBodyLengthLimit: files.MaxBytes + 64 * 1024).WithBodyLimit(files.MaxBytes + 64 * 1024)
            .WithSummary("Attach a photo or the signature")
            .WithDescription($"The assignee attaches a photo of the premises or the client's signature: multipart field file (JPEG or PNG, at most {files.MaxBytes} bytes) "
                + "and kind (Photo or Signature). The type is the one the bytes prove; the name is the server's.");
        api.MapGet("/{fileId}", GetWorkOrderFile).WithName("GetWorkOrderFile")
            .WithSummary("Download a photo or the signature")
            .WithDescription("The stored file with the type it was proven to be, never sniffed by the browser.");
        return api;
    }

    public static async Task<Results<Created<WorkOrderFile>, Refused>> AttachWorkOrderFile(
        [AsParameters] GridServices services, WorkOrderFileStore files, string id, IFormFile? file, [FromForm] string? kind)
    {
        var problems = new Problems();
        if (!EnumNames.TryParse<WorkOrderFileKind>(kind, out var fileKind))
        {
            problems.Add("kind", "must be Photo or Signature", "必须是 Photo（照片）或 Signature（签名）");
        }
        if (file is null)
        {
            problems.Add("file", "is required", "必须上传");
        }
        else if (file.Length > files.MaxBytes)
        {
            problems.Add(new Refusal(RefusalKind.Invalid, files.TooLarge, "file"));
        }
        if (problems.Any)
        {
            return problems.ToResult();
        }
        var order = services.Grain<IWorkOrderGrain>(id);
        var actor = WorkOrdersApi.Actor(services.Caller);
        if (await WorkOrdersApi.Writable(services, order) is { } refused)
        {
            return refused;
        }
        // Refuse before storing, so a stranger's upload never reaches the disk.
        if (await order.CanAttach(actor, fileKind) is { IsRefused: true } cannot)
        {
            return new Refused(cannot.Refusals);
        }
        await using var stream = file!.OpenReadStream();
        var (stored, problem) = await files.SaveAsync(stream, services.Http.RequestAborted);
        if (stored is null)
        {
            return new Refused(new Refusal(RefusalKind.Invalid, problem!, "file"));
        }
        var attached = await order.AttachFile(actor, new WorkOrderFile(
            stored.FileId, fileKind, stored.ContentType, stored.Size, stored.Sha256, actor.StaffId, default));
        if (attached.IsRefused)
        {
            files.Delete(stored.FileId);
            return new Refused(attached.Refusals);
        }
        return TypedResults.Created(Locations.Of("work-orders", id, "files", stored.FileId), attached.Value!.Files.First(f => f.FileId == stored.FileId));
    }

    public static async Task<Results<StoredImage, Refused>> GetWorkOrderFile([AsParameters] GridServices services, WorkOrderFileStore files, string id, string fileId)
    {
        if (await WorkOrdersApi.Readable(services, id) is not { } view || view.Files.FirstOrDefault(f => f.FileId == fileId) is not { } file
            || files.Open(file.FileId) is not { } content)
        {
            return StaffProblems.NotFound(Thing.File, fileId);
        }
        // The browser must never guess another type for a stored upload (a crafted image rendered as HTML).
        services.Http.Response.Headers.XContentTypeOptions = "nosniff";
        return new StoredImage(TypedResults.File(content, file.ContentType));
    }
}

/// <summary>A stored photo or signature; as a <c>Results&lt;…&gt;</c> member it declares its 200 image answer in the OpenAPI document.</summary>
public sealed class StoredImage(FileStreamHttpResult file) : IResult, Microsoft.AspNetCore.Http.Metadata.IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext) => file.ExecuteAsync(httpContext);

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), ["image/jpeg", "image/png"]));
}
