using System.Security.Claims;
using System.Text.Encodings.Web;
using CampaignOrchestrator.Host.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CampaignOrchestrator.Host.Keys;

/// <summary>
/// Authenticates a request by its key: the <c>x-functions-key</c> header, or else the <c>code</c> query parameter,
/// as Azure Functions does. A missing or wrong key is answered with 401 problem details.
/// </summary>
/// <param name="options">The scheme options.</param>
/// <param name="loggerFactory">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
/// <param name="verifier">Checks keys.</param>
/// <param name="problems">Writes problem details.</param>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    HostKeyVerifier verifier,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private readonly ILogger _log = loggerFactory.CreateLogger<ApiKeyAuthenticationHandler>();

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[ApiKeyAuthentication.HeaderName].FirstOrDefault(value => !string.IsNullOrEmpty(value))
            ?? Request.Query[ApiKeyAuthentication.QueryParameter].FirstOrDefault(value => !string.IsNullOrEmpty(value));
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!verifier.IsMaster(presented))
        {
            return Task.FromResult(AuthenticateResult.Fail("The key is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "master")], ApiKeyAuthentication.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme)));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var reason = result.None ? "no key" : "wrong key";
        _log.KeyRejected(Request.Method, Request.Path, reason);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = result.None
                    ? $"A key is required: send it in the {ApiKeyAuthentication.HeaderName} header or the {ApiKeyAuthentication.QueryParameter} query parameter."
                    : "The key is not valid.",
            },
        });
    }
}
