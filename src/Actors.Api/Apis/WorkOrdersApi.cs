using System.Globalization;
using Actors.Api.Files;
using Actors.Api.Http;
using Actors.Contracts.Managers;
using Actors.Contracts.WorkOrders;
using Actors.Domain.WorkOrders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Actors.Api.Apis;

/// <summary>
/// After-sales visit work orders (brief §3): the sub-branch's month, one order, the steps of the team lead and the
/// assignee, the visit's photos and signature, the retail risk department's list and the 1st/15th progress reports.
/// Who acts is always the signed-in user.
/// </summary>
public static class WorkOrdersApi
{
    public static IEndpointRouteBuilder MapWorkOrdersApi(this IEndpointRouteBuilder app)
    {
        var files = WorkOrderFileStore.FromConfiguration(app.ServiceProvider.GetRequiredService<IConfiguration>());

        var institutions = app.MapGroup("/api/institutions/{id}/work-orders").WithTags("Work orders");
        institutions.MapGet("/", async (string id, string? month, HttpContext http, IGrainFactory grains) =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (!TryMonth(month, out var first))
            {
                return Problems.Field("month", "must be a month as YYYY-MM");
            }
            return await InScope(http, staff, id)
                ? TypedResults.Ok(await grains.GetGrain<IWorkOrderBookGrain>(id).List(first))
                : StaffProblems.NotFound($"institution {id}");
        }).WithSummary("The sub-branch's work orders of a month (?month=YYYY-MM).");

        institutions.MapGet("/progress", async (string id, string? date, HttpContext http, IGrainFactory grains) =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return Problems.Field("date", "must be a date as YYYY-MM-DD (a 1st or a 15th)");
            }
            if (!await InScope(http, staff, id))
            {
                return StaffProblems.NotFound($"institution {id}");
            }
            return await grains.GetGrain<IWorkOrderBookGrain>(id).GetProgress(day) is { } report
                ? TypedResults.Ok(report)
                : StaffProblems.NotFound($"a progress report of {id} for {day:yyyy-MM-dd}");
        }).WithSummary("The progress report of the 1st or 15th: issued/assigned/booked/visited/completed per sub-branch and member.");

        var orders = app.MapGroup("/api/work-orders/{id}").WithTags("Work orders");
        orders.MapGet("/", async (string id, HttpContext http, IGrainFactory grains) =>
            http.Staff() is not { } staff ? StaffProblems.NotSignedIn()
            : await Readable(http, grains, staff, id) is { } view ? TypedResults.Ok(view)
            : StaffProblems.NotFound($"work order {id}"));

        orders.MapPost("/assign", (string id, HttpRequest request, IGrainFactory grains) => Step<AssignWorkOrderRequest>(request, grains, id,
            (r, errors) => errors.Required("memberId", r.MemberId),
            (order, actor, r) => order.Assign(actor, r.MemberId!)))
            .Accepts<AssignWorkOrderRequest>("application/json").ProducesValidationProblem()
            .WithSummary("A team lead of the order's sub-branch assigns it to a member of the same institution.");

        orders.MapPost("/book", (string id, HttpRequest request, IGrainFactory grains) => Step<BookWorkOrderRequest>(request, grains, id,
            (r, errors) => errors.RequiredValue("bookedFor", r.BookedFor),
            (order, actor, r) => order.Book(actor, r.BookedFor!.Value)))
            .Accepts<BookWorkOrderRequest>("application/json").ProducesValidationProblem()
            .WithSummary("The assignee records the visit booked by phone with the client.");

        orders.MapPost("/visit", (string id, HttpRequest request, IGrainFactory grains) => Step<VisitWorkOrderRequest>(request, grains, id,
            (r, errors) =>
            {
                if (r.Paper is null)
                {
                    errors.Add("paper", "is required");
                }
            },
            (order, actor, r) => order.RecordVisit(actor, r.Paper!, r.RiskSignals ?? [])))
            .Accepts<VisitWorkOrderRequest>("application/json").ProducesValidationProblem()
            .WithSummary("The assignee files the work paper; risk signals go to the retail risk department's list at once.");

        orders.MapPost("/files", (string id, HttpRequest request, IGrainFactory grains) => Upload(request, grains, files, id))
            .DisableAntiforgery().ProducesValidationProblem()
            .WithSummary("The assignee attaches a photo or the client's signature (multipart field `file`, kind=photo|signature; JPEG or PNG).");

        orders.MapGet("/files/{fileId}", async (string id, string fileId, HttpContext http, IGrainFactory grains) =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (await Readable(http, grains, staff, id) is not { } view || view.Files.FirstOrDefault(f => f.FileId == fileId) is not { } file
                || files.Open(file.FileId) is not { } content)
            {
                return StaffProblems.NotFound($"file {fileId} of work order {id}");
            }
            // The browser must never guess another type for a stored upload (a crafted image rendered as HTML).
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.File(content, file.ContentType);
        });

        app.MapGet("/api/risk-list", async (HttpContext http, IGrainFactory grains) =>
        {
            if (http.Staff() is not { } staff)
            {
                return StaffProblems.NotSignedIn();
            }
            if (!staff.Has(StaffRole.RiskOfficer) && !staff.Has(StaffRole.ManagementDepartment))
            {
                return StaffProblems.Forbidden("the risk list is for risk officers and the management department");
            }
            var reports = await grains.GetGrain<IRiskListGrain>(IRiskListGrain.Key).List();
            var visible = new List<RiskReport>();
            foreach (var report in reports)
            {
                if (await InScope(http, staff, report.InstitutionId))
                {
                    visible.Add(report);
                }
            }
            return TypedResults.Ok(new RiskListView(visible));
        }).WithTags("Work orders").WithSummary("The retail risk department's list: risk signals escalated from visits, newest first.");
        return app;
    }

    private static Task<IResult> Step<TRequest>(HttpRequest request, IGrainFactory grains, string id,
        Action<TRequest, Problems> validate, Func<IWorkOrderGrain, WorkOrderActor, TRequest, Task<WorkOrderResult>> act) where TRequest : class
    {
        if (request.HttpContext.Staff() is not { } staff)
        {
            return Task.FromResult(StaffProblems.NotSignedIn());
        }
        return WriteEndpoint.Handle<TRequest>(request,
            (r, errors) =>
            {
                validate(r, errors);
                return Task.CompletedTask;
            },
            async r =>
            {
                var order = grains.GetGrain<IWorkOrderGrain>(id);
                if (await Writable(request.HttpContext, staff, order) is { } refused)
                {
                    return refused;
                }
                return ToHttp(await act(order, Actor(staff), r));
            });
    }

    private static async Task<IResult> Upload(HttpRequest request, IGrainFactory grains, WorkOrderFileStore files, string id)
    {
        if (request.HttpContext.Staff() is not { } staff)
        {
            return StaffProblems.NotSignedIn();
        }
        if (!request.HasFormContentType)
        {
            return Problems.Field("file", "expected a multipart/form-data body with a field `file`");
        }
        // Bounded while reading: the form reader stops at the limit instead of buffering whatever is sent.
        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = files.MaxBytes + 64 * 1024 }));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            return Problems.Field("file", $"must be at most {files.MaxBytes} bytes");
        }
        var kindText = form["kind"].FirstOrDefault() ?? request.Query["kind"].FirstOrDefault();
        var errors = new Problems();
        WorkOrderFileKind? kind = kindText switch
        {
            "photo" => WorkOrderFileKind.Photo,
            "signature" => WorkOrderFileKind.Signature,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add("kind", "must be photo or signature");
        }
        var upload = form.Files.GetFile("file");
        if (upload is null)
        {
            errors.Add("file", "is required");
        }
        else if (upload.Length > files.MaxBytes)
        {
            errors.Add("file", $"must be at most {files.MaxBytes} bytes");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var order = grains.GetGrain<IWorkOrderGrain>(id);
        var actor = Actor(staff);
        if (await Writable(request.HttpContext, staff, order) is { } refused)
        {
            return refused;
        }
        // Refuse before storing, so a stranger's upload never reaches the disk.
        if (await order.CanAttach(actor, kind!.Value) is { Refusal: not null } cannot)
        {
            return ToHttp(cannot);
        }
        await using var stream = upload!.OpenReadStream();
        var (stored, problem) = await files.SaveAsync(stream, request.HttpContext.RequestAborted);
        if (stored is null)
        {
            return Problems.Field("file", problem!);
        }
        var result = await order.AttachFile(actor, new WorkOrderFile(
            stored.FileId, kind.Value, stored.ContentType, stored.Size, stored.Sha256, staff.StaffId, default));
        if (result.View is null)
        {
            files.Delete(stored.FileId);
            return ToHttp(result);
        }
        return TypedResults.Created($"/api/work-orders/{id}/files/{stored.FileId}", result.View.Files.First(f => f.FileId == stored.FileId));
    }

    private static WorkOrderActor Actor(SignedInStaff staff) => new(staff.StaffId, staff.InstitutionId, staff.Roles);

    private static async Task<WorkOrderView?> Readable(HttpContext http, IGrainFactory grains, SignedInStaff staff, string id) =>
        await grains.GetGrain<IWorkOrderGrain>(id).GetView() is { } view && await InScope(http, staff, view.InstitutionId) ? view : null;

    /// <summary>404 for an order that does not exist, 403 for one outside the caller's institutions.</summary>
    private static async Task<IResult?> Writable(HttpContext http, SignedInStaff staff, IWorkOrderGrain order) =>
        await order.GetView() is not { } view ? StaffProblems.NotFound($"work order {order.GetPrimaryKeyString()}")
        : await InScope(http, staff, view.InstitutionId) ? null
        : StaffProblems.Forbidden($"work order {view.WorkOrderId} is outside your institution");

    private static IResult ToHttp(WorkOrderResult result) => result.Refusal switch
    {
        null => TypedResults.Ok(result.View),
        WorkOrderRefusal.NotFound => StaffProblems.NotFound("work order"),
        WorkOrderRefusal.Forbidden => StaffProblems.Forbidden(result.Detail ?? "not yours to do"),
        WorkOrderRefusal.Conflict => TypedResults.Problem(result.Detail, statusCode: StatusCodes.Status409Conflict, title: "Not now"),
        _ => result.Problems.Aggregate(new Problems(), (p, f) => p.Add(f.Field, f.Message)).ToResult(),
    };

    /// <summary>The caller's own institution and those beneath it; a head office covers the bank (sign-in's scope).</summary>
    private static Task<bool> InScope(HttpContext http, SignedInStaff staff, string institutionId) =>
        http.RequestServices.GetRequiredService<InstitutionScope>().Covers(staff, institutionId);

    private static bool TryMonth(string? text, out DateOnly first)
    {
        var ok = DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first);
        return ok && text?.Length == 7;
    }
}
