using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sac.Application.Common;
using Sac.Domain.Devices;
using Sac.Domain.Municipalities;
using Sac.Domain.Reasoning;
using Sac.Infrastructure.Identity;
using Sac.Infrastructure.Persistence;
using Sac.Infrastructure.Persistence.Providers;

namespace Sac.Infrastructure.Demo;

/// <summary>
/// Seeds the demo data of api-v1.md: roles, municipalities with their regulation, users and API
/// tokens. Idempotent: what exists is left as it is, so running it on every start changes nothing.
/// </summary>
internal sealed class DemoSeeder(SacDbContext db, UserManager<SacUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    private const string TokenName = "demo";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SeedOnceAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueKeyViolation.Caused(e))
        {
            // Nodes started together on an empty database all seed it; one commits first, the others wait for it on a unique key
            // and fail. Seeding again finds that node's demo data and adds nothing.
            db.ChangeTracker.Clear();
            await SeedOnceAsync(cancellationToken);
        }
    }

    private async Task SeedOnceAsync(CancellationToken cancellationToken)
    {
        // Identity's stores save through the same context, so one transaction covers everything: never half a demo.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SeedRolesAsync();
        await SeedMunicipalitiesAsync(cancellationToken);
        await SeedDeviceAsync(cancellationToken);
        foreach (var demoUser in DemoUser.All)
        {
            var user = await users.FindByEmailAsync(demoUser.Email) ?? await CreateUserAsync(demoUser, cancellationToken);
            await SeedTokenAsync(user, demoUser.Token, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }
    }

    private async Task SeedMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in DemoMunicipality.All)
        {
            if (await db.Municipalities.SingleOrDefaultAsync(m => m.Nis == demo.Nis, cancellationToken) is { } existing)
            {
                // Demo databases made before letters existed get their letterhead and blocks once.
                SeedLettersAndReasons(existing, demo, await db.ReasoningBlocks.AnyAsync(b => b.MunicipalityNis == demo.Nis, cancellationToken));
                continue;
            }

            var settings = MunicipalitySettings.Create(
                demo.MinorsMinimumAge, demo.Caps2024AdoptedOn, demo.AdultMediationOffered, DemoMunicipality.PaymentTermDays).Value;
            var municipality = new Municipality(demo.Nis, demo.NameNl, demo.NameFr, settings);
            foreach (var infraction in DemoRegulation.Infractions)
            {
                // Value throws when the domain refuses a definition: demo data the domain rejects is a bug.
                _ = municipality.DefineInfraction(infraction).Value;
            }

            db.Municipalities.Add(municipality);
            SeedLettersAndReasons(municipality, demo, hasBlocks: false);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedDeviceAsync(CancellationToken cancellationToken)
    {
        if (await db.Devices.AnyAsync(d => d.MunicipalityNis == DemoDevices.GentNis && d.Identifier == DemoDevices.GentCamera, cancellationToken))
        {
            return;
        }

        var camera = Device.Register(DemoDevices.GentNis, DemoDevices.GentCamera, DemoDevices.GentCameraDetails, clock.GetUtcNow()).Value;
        if (camera.Certify(DemoDevices.GentCameraCertification) is { IsFailure: true } refused)
        {
            throw new InvalidOperationException($"The demo camera's certification is refused: {refused.FirstError.Code}.");
        }

        db.Devices.Add(camera);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedLettersAndReasons(Municipality municipality, DemoMunicipality demo, bool hasBlocks)
    {
        if (municipality.Letterhead is null)
        {
            var l = demo.Letterhead;
            municipality.ChangeLetterhead(Letterhead.Create(l.Street, l.PostalCode, l.City, l.OfficialName, l.Email, l.Phone, l.Iban, l.Bic, l.DefaultLanguage).Value);
        }

        if (hasBlocks)
        {
            return;
        }

        foreach (var (topic, infractionCode, title, textNl, textFr) in DemoReasoning.Blocks)
        {
            db.ReasoningBlocks.Add(ReasoningBlock.Create(demo.Nis, topic, infractionCode, title, textNl, textFr, clock.GetUtcNow(), "demo").Value);
        }
    }

    private async Task<SacUser> CreateUserAsync(DemoUser demo, CancellationToken cancellationToken)
    {
        var user = new SacUser
        {
            UserName = demo.Email,
            Email = demo.Email,
            EmailConfirmed = true,
            DisplayName = demo.DisplayName,
            PreferredLanguage = demo.PreferredLanguage,
        };
        Check(await users.CreateAsync(user, demo.Password), demo.Email);
        Check(await users.AddToRolesAsync(user, demo.Roles), demo.Email);
        db.UserMunicipalities.AddRange(demo.Municipalities.Select(nis => new UserMunicipality(user.Id, nis)));
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task SeedTokenAsync(SacUser user, string token, CancellationToken cancellationToken)
    {
        var hash = ApiTokenHash.Of(token);
        if (!await db.ApiTokens.AnyAsync(t => t.TokenHash == hash, cancellationToken))
        {
            db.ApiTokens.Add(ApiToken.Issue(user.Id, TokenName, token, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding demo data failed for {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
