using System.Text.Json.Serialization;
using Mediator;
using Sac.Application;
using Sac.Application.Common.Behaviours;
using Sac.Application.Common.Ports;
using Sac.Infrastructure;
using Sac.Infrastructure.Jobs;
using Sac.Infrastructure.Persistence;
using Sac.Web.Api;
using Sac.Web.Hosting;
using Scalar.AspNetCore;

if (BackupCommand.IsCommand(args))
{
    Environment.ExitCode = BackupCommand.Run(args, TimeProvider.System, Console.Out, Console.Error);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSacClock(builder.Configuration, builder.Environment);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddSacJobs(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.Assemblies = [typeof(Sac.Application.DependencyInjection)];
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors = [typeof(ValidationBehaviour<,>), typeof(UnitOfWorkBehaviour<,>)];
});
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddSacAuthentication();
builder.Services.AddSacLocalization();
builder.Services.ConfigureOptions<MvcOptionsSetup>();
builder.Services.AddControllersWithViews()
    .AddViewLocalization()
    .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Sac.Web.SharedResource)));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddProblemDetails();
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false); // a bad query value is a 400 problem, never a stack trace
builder.Services.AddExceptionHandler<ClientErrorProblemHandler>();
builder.Services.AddSacOpenApi();
builder.Services.AddHealthChecks().AddDatabaseCheck();
builder.Services.AddSacRateLimiting(builder.Configuration);

// On SIGTERM the node refuses new connections, its job server stops fetching, and requests and jobs under way get this long to
// finish (a job cut off is put back in its queue); the service manager's own grace period must be longer.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = builder.Configuration.GetValue("Shutdown:Timeout", TimeSpan.FromSeconds(30)));

var app = builder.Build();

await app.Services.InitialiseDatabaseAsync(app.Lifetime.ApplicationStopping);

app.UseSecurityHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Home/Error", StatusCodeSelector = FailedRequest.StatusOf });
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

app.UseWhen(context => context.Request.Path.StartsWithSegments(ApiRoutes.Prefix), api => api.UseStatusCodePages());
app.UseWhen(context => !context.Request.Path.StartsWithSegments(ApiRoutes.Prefix), browser => browser.UseStatusCodePagesWithReExecute("/Home/Status/{0}"));
app.UseRequestLocalization();
app.UseRouting();
app.UseRequestSizeGuard();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapOpenApi();
app.MapScalarApiReference("/api/reference", o => o.WithTitle("Sac API v1").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapApiV1();
app.MapJobsDashboard();
app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}").WithStaticAssets();

app.Run();
